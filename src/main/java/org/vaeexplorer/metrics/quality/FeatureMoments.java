package org.vaeexplorer.metrics.quality;

/**
 * The mean and covariance of a set of feature vectors: the Gaussian the Frechet distance fits to each set.
 * The covariance divides by n - 1 (the unbiased estimate, as numpy's {@code cov} that the FID recipe uses).
 *
 * @param count      how many vectors
 * @param mean       their mean, length d
 * @param covariance d x d
 */
public record FeatureMoments(int count, double[] mean, double[][] covariance) {
    /** The moments of {@code n} rows of {@code width} values each, row-major in {@code rows}. */
    public static FeatureMoments of(float[] rows, int n, int width) {
        if (n < 2 || rows.length != n * width) {
            throw new IllegalArgumentException("moments need at least 2 rows of " + width + " values, got "
                    + rows.length + " values for " + n + " rows");
        }
        double[] mean = new double[width];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                mean[j] += rows[i * width + j];
            }
        }
        for (int j = 0; j < width; j++) {
            mean[j] /= n;
        }
        // Centred first, then X^T X: one pass of the d x d products, upper triangle mirrored.
        double[][] cov = new double[width][width];
        double[] centred = new double[width];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                centred[j] = rows[i * width + j] - mean[j];
            }
            for (int a = 0; a < width; a++) {
                double ca = centred[a];
                if (ca == 0) {
                    continue;
                }
                double[] row = cov[a];
                for (int b = a; b < width; b++) {
                    row[b] += ca * centred[b];
                }
            }
        }
        for (int a = 0; a < width; a++) {
            for (int b = a; b < width; b++) {
                cov[a][b] /= n - 1;
                cov[b][a] = cov[a][b];
            }
        }
        return new FeatureMoments(n, mean, cov);
    }

    public int width() {
        return mean.length;
    }
}
