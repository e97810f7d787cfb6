package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import org.junit.jupiter.api.Test;

/** The plane a model opens on: its two most used dimensions. */
class EncodedImagesTest {
    @Test
    void theTwoDimensionsWhoseMeansVaryMostAreChosenLowerFirst() {
        // Four images in 4-D: z4 varies most (±3), then z2 (±1); z1 is constant far from 0, z3 barely moves.
        float[] mu = {
            5f, 1f, 0.1f, 3f,
            5f, -1f, 0f, -3f,
            5f, 1f, 0.1f, -3f,
            5f, -1f, 0f, 3f};
        assertArrayEquals(new int[] {1, 3}, codes(4, mu).mostSpreadDimensions());
    }

    @Test
    void whenTheFirstDimensionVariesMostItIsStillXAndTheNextBestY() {
        float[] mu = {4f, 0f, 1f, -4f, 0f, -1f};
        assertArrayEquals(new int[] {0, 2}, codes(3, mu).mostSpreadDimensions());
    }

    /** Issue 27, defect 7: which dimensions are used, by their average KL from the prior in nats. */
    @Test
    void theAverageKlOfEachDimensionIsThatOfItsGaussianPosteriorsFromTheUnitGaussian() {
        // Two images in 3-D. z1: mu = +-1, sigma = 1 (KL 0.5 each); z2: mu = 0, sigma = 2 (KL 0.5 (4 - 1 - ln 4));
        // z3: the prior itself (KL 0), unused.
        float ln4 = (float) Math.log(4);
        EncodedImages c = new EncodedImages(2, 3, new float[] {1, 0, 0, -1, 0, 0},
                new float[] {0, ln4, 0, 0, ln4, 0}, new int[2], new int[0][]);
        assertArrayEquals(new double[] {0.5, 0.5 * (3 - Math.log(4)), 0}, c.averageKl(), 1e-6);
        assertArrayEquals(new int[] {1, 0, 2}, c.dimensionsByKl(), "the used dimensions first, largest KL first");
        org.junit.jupiter.api.Assertions.assertTrue(c.isUsed(0) && c.isUsed(1));
        org.junit.jupiter.api.Assertions.assertFalse(c.isUsed(2), "under 0.01 nats: unused");
    }

    private static EncodedImages codes(int dim, float[] mu) {
        int n = mu.length / dim;
        return new EncodedImages(n, dim, mu, new float[mu.length], new int[n], new int[0][]);
    }
}
