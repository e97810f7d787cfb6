package org.vaeexplorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NativeMemoryReclaimerTest {
    @Test
    void aBudgetBelowWhatCollectionCanFreeStopsCollectingEveryBatch() {
        // 1 MB is far below any JVM's floor: without adapting, every batch would collect.
        NativeMemoryReclaimer reclaimer = new NativeMemoryReclaimer(1L << 20);
        reclaimer.batchEnded(null);
        assertEquals(1, reclaimer.collections(), "over budget: collect");
        long floor = NativeMemoryReclaimer.residentBytes();
        assertTrue(reclaimer.thresholdBytes() >= floor, "the threshold rises above the floor");
        for (int i = 0; i < 20; i++) {
            reclaimer.batchEnded(null);
        }
        assertEquals(1, reclaimer.collections(), "no collection while below floor + headroom");
    }

    @Test
    void aGenerousBudgetIsKept() {
        long budget = 64L << 30;
        NativeMemoryReclaimer reclaimer = new NativeMemoryReclaimer(budget);
        reclaimer.batchEnded(null);
        assertEquals(0, reclaimer.collections());
        assertEquals(budget, reclaimer.thresholdBytes());
    }
}
