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
        // The floor is the memory in use: resident less what glibc holds free (all of it where that is unknown).
        long free = org.vaeexplorer.platform.Backend.mallocFreeBytes();
        long floor = NativeMemoryReclaimer.residentBytes() - Math.max(0, free);
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

    @Test
    void theThresholdFollowsTheFloorMeasuredAfterTheFreedBuffersAreHandedBack() {
        long mb = 1L << 20;
        // Over budget; right after System.gc() the buffers are not freed yet (1,900 MB); a batch later, trimmed, 600.
        java.util.Iterator<Long> rss = java.util.List.of(2000 * mb, 1900 * mb, 600 * mb, 700 * mb).iterator();
        int[] trims = {0};
        NativeMemoryReclaimer reclaimer = new NativeMemoryReclaimer(1000 * mb, rss::next, () -> trims[0]++);

        reclaimer.batchEnded(null);
        assertEquals(1, reclaimer.collections());
        assertEquals(1900 * mb + NativeMemoryReclaimer.HEADROOM_BYTES, reclaimer.thresholdBytes(), "provisional");
        reclaimer.batchEnded(null);
        assertEquals(1, trims[0], "the heap is trimmed once, a batch after the collection");
        assertEquals(600 * mb + NativeMemoryReclaimer.HEADROOM_BYTES, reclaimer.thresholdBytes(),
                "the threshold comes down to the floor left once the buffers are freed");
        reclaimer.batchEnded(null);
        assertEquals(1, reclaimer.collections(), "700 MB is below the new threshold");
    }

    @Test
    void memoryTheAllocatorHoldsFreeIsNotCountedAndNothingIsTrimmedWhenItCanBeAsked() {
        long mb = 1L << 20;
        // Resident 2,000 MB of which glibc holds 1,500 free: 500 in use, under the 1,000 MB budget.
        long[] rss = {2000 * mb};
        long[] free = {1500 * mb};
        int[] trims = {0};
        NativeMemoryReclaimer reclaimer = new NativeMemoryReclaimer(1000 * mb, () -> rss[0], () -> free[0],
                () -> trims[0]++);
        reclaimer.batchEnded(null);
        assertEquals(0, reclaimer.collections(), "500 MB in use: no collection");

        free[0] = 200 * mb;
        reclaimer.batchEnded(null);
        assertEquals(1, reclaimer.collections(), "1,800 MB in use: collected");
        free[0] = 1400 * mb;
        reclaimer.batchEnded(null);
        assertEquals(600 * mb + NativeMemoryReclaimer.HEADROOM_BYTES, reclaimer.thresholdBytes(),
                "the floor is what is in use after the collection, not the resident size");
        assertEquals(0, trims[0], "the free pages stay with the allocator for the next batches");
    }
}
