package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;

class FlooredAxisTest {
    @Test
    void theTopIsANiceNumberAboveTheDataAndTheMinimum() {
        assertEquals(1, FlooredAxis.top(0.0055, 1), "a collapsed dimension stays near the bottom of a 1-nat axis");
        assertEquals(5, FlooredAxis.top(3.2, 1), 1e-12);
        assertEquals(25, FlooredAxis.top(21, 1), 1e-12);
        assertEquals(2, FlooredAxis.top(2.0000001, 1), 1e-12);
        assertEquals(0.5, FlooredAxis.top(0.4, 0), 1e-12);
        assertEquals(1, FlooredAxis.top(0, 0));
        assertEquals(1, FlooredAxis.top(Double.NaN, 0));
    }
}
