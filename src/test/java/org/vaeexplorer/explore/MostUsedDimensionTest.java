package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;

/** The traversal a lesson shows opens on the dimension with the largest average KL, not on the first. */
class MostUsedDimensionTest {
    private static EncodedImages withKl(double... kl) {
        int n = 2;
        return new EncodedImages(n, kl.length, new float[n * kl.length], new float[n * kl.length], new int[n],
                new int[0][], kl);
    }

    @Test
    void theLargestAverageKlWins() {
        assertEquals(3, withKl(0.2, 0.001, 1.1, 2.4, 0.9).mostUsedDimension());
        assertEquals(0, withKl(3.0, 0.1).mostUsedDimension());
    }

    @Test
    void aTieGoesToTheLowerIndexAndNothingEncodedToNone() {
        assertEquals(1, withKl(0.5, 1.5, 1.5).mostUsedDimension());
        assertEquals(-1, new EncodedImages(0, 3, new float[0], new float[0], new int[0], new int[0][],
                new double[3]).mostUsedDimension());
    }

    @Test
    void computedFromTheCodesTheBusiestDimensionIsFound() {
        // Dimension 1 carries the images' means far from 0; dimension 0 sits at the prior.
        float[] mu = {0f, 2f, 0f, -2f};
        float[] logvar = {0f, -2f, 0f, -2f};
        EncodedImages c = new EncodedImages(2, 2, mu, logvar, new int[2], new int[0][]);
        assertEquals(1, c.mostUsedDimension());
    }
}
