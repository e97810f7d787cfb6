package org.vaeexplorer.metrics.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The eigen decomposition and the Frechet distance against hand computations, a set against itself, and noise. */
class FrechetDistanceTest {
    @Test
    void theEigenvaluesOfAHandMatrix() {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3, eigenvectors (1, -1) and (1, 1) over sqrt 2.
        SymmetricEigen e = SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}});
        double lo = Math.min(e.values()[0], e.values()[1]);
        double hi = Math.max(e.values()[0], e.values()[1]);
        assertEquals(1, lo, 1e-12);
        assertEquals(3, hi, 1e-12);
        // Its square root is (1/2)[[sqrt3 + 1, sqrt3 - 1], [sqrt3 - 1, sqrt3 + 1]].
        double[][] root = e.squareRoot();
        double s3 = Math.sqrt(3);
        assertEquals((s3 + 1) / 2, root[0][0], 1e-12);
        assertEquals((s3 - 1) / 2, root[0][1], 1e-12);
        assertEquals((s3 - 1) / 2, root[1][0], 1e-12);
    }

    @Test
    void aLargerMatrixIsRebuiltFromItsDecomposition() {
        int n = 40;
        SplittableRandom r = new SplittableRandom(4);
        double[][] b = new double[n][n];
        for (double[] row : b) {
            for (int j = 0; j < n; j++) {
                row[j] = r.nextGaussian();
            }
        }
        double[][] a = new double[n][n]; // B B^T: symmetric, positive semi-definite
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    a[i][j] += b[i][k] * b[j][k];
                }
            }
        }
        double[][] root = SymmetricEigen.of(a).squareRoot();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double square = 0;
                for (int k = 0; k < n; k++) {
                    square += root[i][k] * root[k][j];
                }
                assertEquals(a[i][j], square, 1e-8 * (1 + Math.abs(a[i][j])), "root squared at " + i + "," + j);
            }
        }
    }

    @Test
    void theDistanceOfTwoHandGaussians() {
        // One dimension: (m1 - m2)^2 + (s1 - s2)^2.
        FeatureMoments a = new FeatureMoments(2, new double[] {1}, new double[][] {{4}});
        FeatureMoments b = new FeatureMoments(2, new double[] {3}, new double[][] {{9}});
        assertEquals(4 + 1, FrechetDistance.between(a, b), 1e-12);
        // Two dimensions, covariances that do not commute: S1 S2 = [[2, 4], [1, 8]], whose square root's trace is
        // sqrt(tr + 2 sqrt(det)) = sqrt(10 + 2 sqrt 12); d^2 = 0 + tr S1 + tr S2 - 2 of that.
        FeatureMoments c = new FeatureMoments(2, new double[] {0, 0}, new double[][] {{2, 1}, {1, 2}});
        FeatureMoments d = new FeatureMoments(2, new double[] {0, 0}, new double[][] {{1, 0}, {0, 4}});
        double expected = 4 + 5 - 2 * Math.sqrt(10 + 2 * Math.sqrt(12));
        assertEquals(expected, FrechetDistance.between(c, d), 1e-10);
        assertEquals(expected, FrechetDistance.between(d, c), 1e-10, "symmetric in its arguments");
    }

    @Test
    void aSetAgainstItselfIsZeroAndNoiseMakesItGrow() {
        int n = 3000;
        int width = 24;
        float[] features = correlated(n, width, new SplittableRandom(7));
        FeatureMoments self = FeatureMoments.of(features, n, width);
        assertEquals(0, FrechetDistance.between(self, self), 1e-9);
        double previous = 0;
        for (double sigma : new double[] {0.05, 0.2, 0.5, 1.0}) {
            SplittableRandom r = new SplittableRandom(11);
            float[] noisy = features.clone();
            for (int i = 0; i < noisy.length; i++) {
                noisy[i] += (float) (sigma * r.nextGaussian());
            }
            double distance = FrechetDistance.between(self, FeatureMoments.of(noisy, n, width));
            assertTrue(distance > previous, "noise of sigma " + sigma + " gives " + distance + ", more than "
                    + previous);
            previous = distance;
        }
    }

    @Test
    void theMomentsOfAHandSet() {
        // Rows (1, 2), (3, 6): mean (2, 4); with n - 1 = 1, cov = [[2, 4], [4, 8]].
        FeatureMoments m = FeatureMoments.of(new float[] {1, 2, 3, 6}, 2, 2);
        assertEquals(2, m.mean()[0], 1e-12);
        assertEquals(4, m.mean()[1], 1e-12);
        assertEquals(2, m.covariance()[0][0], 1e-12);
        assertEquals(4, m.covariance()[0][1], 1e-12);
        assertEquals(4, m.covariance()[1][0], 1e-12);
        assertEquals(8, m.covariance()[1][1], 1e-12);
    }

    /** Features with correlated columns and some always zero, as ReLU units are. */
    private static float[] correlated(int n, int width, SplittableRandom r) {
        float[] out = new float[n * width];
        for (int i = 0; i < n; i++) {
            double shared = r.nextGaussian();
            for (int j = 0; j < width; j++) {
                out[i * width + j] = j % 5 == 4 ? 0f : (float) Math.max(0, shared * (j % 3) + r.nextGaussian() + 0.5);
            }
        }
        return out;
    }
}
