package org.vaeexplorer.explore.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PrincipalComponentsTest {
    /**
     * Codes made linearly from three independent sources of standard deviation 3, 1 and 0.1 along three orthonormal
     * axes of a 5-dimensional space (a random rotation), plus an offset: PCA must find those axes in that order,
     * with those variances, and project each code on them.
     */
    @Test
    void recoversTheAxesOfAKnownLinearCode() {
        Random random = new Random(7);
        double[][] axes = orthonormal(random, 3, 5);
        double[] scales = {3, 1, 0.1};
        double[] offset = {1, -2, 0.5, 4, 0};
        int n = 4000;
        double[][] sources = new double[n][3];
        double[][] codes = new double[n][5];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                sources[i][k] = scales[k] * random.nextGaussian();
                for (int j = 0; j < 5; j++) {
                    codes[i][j] += sources[i][k] * axes[k][j];
                }
            }
            for (int j = 0; j < 5; j++) {
                codes[i][j] += offset[j];
            }
        }
        PrincipalComponents pca = PrincipalComponents.of(codes);
        for (int k = 0; k < 3; k++) {
            double cosine = Math.abs(dot(pca.components()[k], axes[k]));
            assertTrue(cosine > 0.999, "axis " + k + " recovered, |cos| = " + cosine);
            assertEquals(scales[k] * scales[k], pca.variances()[k], 0.1 * scales[k] * scales[k], "variance " + k);
        }
        assertEquals(0, pca.variances()[3], 1e-9, "no variance outside the three sources");
        assertTrue(pca.explained(0) > 0.85 && pca.explained(0) < 0.95, "9 / 10.01 of the variance: "
                + pca.explained(0));
        float[] projected = pca.project(codes, 2);
        for (int i = 0; i < n; i += 97) {
            for (int k = 0; k < 2; k++) {
                // An eigenvector's sign is arbitrary: compare up to it.
                double sign = Math.signum(dot(pca.components()[k], axes[k]));
                assertEquals(sources[i][k], sign * projected[2 * i + k], 0.1, "code " + i + " on axis " + k);
            }
        }
    }

    /** {@code count} orthonormal vectors of length {@code d} (Gram-Schmidt on random ones). */
    private static double[][] orthonormal(Random random, int count, int d) {
        double[][] v = new double[count][d];
        for (int k = 0; k < count; k++) {
            for (int j = 0; j < d; j++) {
                v[k][j] = random.nextGaussian();
            }
            for (int m = 0; m < k; m++) {
                double p = dot(v[k], v[m]);
                for (int j = 0; j < d; j++) {
                    v[k][j] -= p * v[m][j];
                }
            }
            double norm = Math.sqrt(dot(v[k], v[k]));
            for (int j = 0; j < d; j++) {
                v[k][j] /= norm;
            }
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
