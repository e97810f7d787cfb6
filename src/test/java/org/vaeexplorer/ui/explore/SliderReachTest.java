package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;

/** A slider reaches the 5%-95% range of the model's own prior N(0, s^2), and as far as the point beyond it. */
class SliderReachTest {
    @Test
    void theReachIsInUnitsOfThePriorsStandardDeviation() {
        assertEquals(1.645, SliderReach.of(0.3, 1), 1e-12);
        assertEquals(0.8225, SliderReach.of(0.3, 0.5), 1e-12, "a prior of s = 0.5 reaches half as far");
        assertEquals(2.5, SliderReach.of(-2.2, 1), 1e-12, "beyond the prior: to the next half unit");
        assertFalse(SliderReach.beyondPrior(1.0, 1));
        assertTrue(SliderReach.beyondPrior(1.0, 0.5));
    }
}
