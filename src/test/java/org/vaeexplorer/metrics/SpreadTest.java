package org.vaeexplorer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import org.junit.jupiter.api.Test;

/** The median and range of a figure over seeds, in any order of the runs. */
class SpreadTest {
    @Test
    void anOddCountsMedianIsItsMiddleValue() {
        assertEquals(new Spread(0.3, 0.1, 0.9, 3), Spread.of(0.9, 0.1, 0.3));
    }

    @Test
    void anEvenCountsMedianIsTheMeanOfItsTwoMiddleValues() {
        assertEquals(new Spread(2.5, 1, 7, 4), Spread.of(7, 2, 1, 3));
        assertEquals(new Spread(4, 4, 4, 1), Spread.of(4));
    }

    @Test
    void noValuesHaveNoMedian() {
        assertThrows(IllegalArgumentException.class, Spread::of);
    }
}
