package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The plane a model opens on: its two most used dimensions. */
class LatentCodesTest {
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

    private static LatentCodes codes(int dim, float[] mu) {
        int n = mu.length / dim;
        return new LatentCodes(n, dim, mu, new float[mu.length], new int[n], new int[n]);
    }
}
