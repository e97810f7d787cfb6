package org.vaeexplorer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {
    @Test
    void percentilesFollowTheNearestRankDefinition() {
        LatencyRecorder r = new LatencyRecorder();
        // 1..2000 ms in reverse order, so growing and sorting are both exercised.
        for (int ms = 2000; ms >= 1; ms--) {
            r.record(ms * 1_000_000L);
        }
        assertEquals(2000, r.count());
        assertEquals(1000.0, r.medianMillis(), 1e-9);
        assertEquals(1980.0, r.p99Millis(), 1e-9);
        assertEquals(2000.0, r.maxMillis(), 1e-9);
        assertEquals(1.0, r.percentileMillis(0), 1e-9);
        assertTrue(r.summary("decode").contains("decode_p99_ms=1980.000"));
    }

    @Test
    void emptyAndInvalidAreExplicit() {
        LatencyRecorder r = new LatencyRecorder();
        assertTrue(Double.isNaN(r.maxMillis()));
        assertThrows(IllegalArgumentException.class, () -> r.percentileMillis(101));
        r.record(5_000_000L);
        r.clear();
        assertEquals(0, r.count());
    }
}
