package org.vaeexplorer.explore.overview;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Exact principal component analysis of n points in d dimensions (Pearson 1901; Hotelling 1933): the eigenvectors
 * of the sample covariance C = 1/(n-1) sum_i (x_i - m)(x_i - m)^T, ordered by their eigenvalues (the variance of the
 * points along each), largest first. Projecting a point on the first two gives the linear view of a latent space
 * that keeps the most variance; it is exact and takes a d x d eigendecomposition, so it is computed at once.
 *
 * @param mean       m, the points' mean
 * @param components components[k] is the k-th principal axis (unit length), largest variance first
 * @param variances  the variance along each axis (the covariance's eigenvalues), largest first
 */
public record PrincipalComponents(double[] mean, double[][] components, double[] variances) {
    /** The principal axes of {@code points} (n rows of the same length d, n >= 2). */
    public static PrincipalComponents of(double[][] points) {
        int n = points.length;
        if (n < 2) {
            throw new IllegalArgumentException("principal components need at least two points, got " + n);
        }
        int d = points[0].length;
        double[] mean = new double[d];
        for (double[] p : points) {
            for (int j = 0; j < d; j++) {
                mean[j] += p[j] / n;
            }
        }
        double[][] cov = new double[d][d];
        for (double[] p : points) {
            for (int a = 0; a < d; a++) {
                double da = p[a] - mean[a];
                for (int b = a; b < d; b++) {
                    cov[a][b] += da * (p[b] - mean[b]);
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= n - 1;
                cov[b][a] = cov[a][b];
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(cov, false));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = IntStream.range(0, d).boxed().sorted(Comparator.comparingDouble(k -> -values[k]))
                .toArray(Integer[]::new);
        double[][] components = new double[d][];
        double[] variances = new double[d];
        for (int k = 0; k < d; k++) {
            components[k] = eigen.getEigenvector(order[k]).toArray();
            // Rounding can leave a zero eigenvalue a hair below zero.
            variances[k] = Math.max(0, values[order[k]]);
        }
        return new PrincipalComponents(mean, components, variances);
    }

    /** The share of the total variance along axis {@code k} (0 when the points do not vary at all). */
    public double explained(int k) {
        double total = Arrays.stream(variances).sum();
        return total > 0 ? variances[k] / total : 0;
    }

    /** Each point's coordinates on the first {@code axes} principal axes, row-major (n x axes). */
    public float[] project(double[][] points, int axes) {
        float[] out = new float[points.length * axes];
        for (int i = 0; i < points.length; i++) {
            for (int k = 0; k < axes; k++) {
                double s = 0;
                for (int j = 0; j < mean.length; j++) {
                    s += (points[i][j] - mean[j]) * (k < components.length ? components[k][j] : 0);
                }
                out[i * axes + k] = (float) s;
            }
        }
        return out;
    }
}
