package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;

class PathsAndGridsTest {
    @Test
    void gaussianQuantilesCoverEqualPriorMass() {
        double[] q = GridSpacing.GAUSSIAN_QUANTILE.positions(4, 0);
        // Phi^-1(0.125) = -1.1503, Phi^-1(0.375) = -0.3186
        assertArrayEquals(new double[] {-1.1503, -0.3186, 0.3186, 1.1503}, q, 1e-4);
        assertArrayEquals(new double[] {-3, -1, 1, 3}, GridSpacing.LINEAR.positions(4, 3), 1e-12);
        assertArrayEquals(new double[] {0}, GridSpacing.LINEAR.positions(1, 3), 0);
    }

    @Test
    void bothPathsStartAndEndAtTheCodesAndSlerpKeepsTheNorm() {
        float[] a = {3, 0};
        float[] b = {0, 3};
        for (Interpolation i : Interpolation.values()) {
            float[] p = i.path(a, b, 5);
            assertArrayEquals(a, new float[] {p[0], p[1]}, 1e-6f);
            assertArrayEquals(b, new float[] {p[8], p[9]}, 1e-6f);
        }
        float[] slerp = Interpolation.SPHERICAL.path(a, b, 5);
        float[] lerp = Interpolation.LINEAR.path(a, b, 5);
        assertEquals(3, Math.hypot(slerp[4], slerp[5]), 1e-5, "slerp stays on the circle");
        assertTrue(Math.hypot(lerp[4], lerp[5]) < 2.2, "lerp cuts through the middle");
    }
}
