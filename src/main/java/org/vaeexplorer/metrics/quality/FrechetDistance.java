package org.vaeexplorer.metrics.quality;

/**
 * The Frechet (2-Wasserstein) distance between two Gaussians fitted to feature vectors (Dowson and Landau 1982;
 * the recipe of Heusel et al. 2017, "GANs Trained by a Two Time-Scale Update Rule", which fits them to Inception
 * features and calls it FID; here the features are a dataset's own classifier's, so the figure is comparable only
 * between models of the same dataset measured with the same classifier):
 * <pre>d^2 = |mu_1 - mu_2|^2 + Tr(S_1 + S_2 - 2 (S_1 S_2)^(1/2))</pre>
 * The trace of (S_1 S_2)^(1/2) is taken as that of (S_1^(1/2) S_2 S_1^(1/2))^(1/2), a symmetric matrix with the
 * same eigenvalues as S_1 S_2, so that only symmetric eigen decompositions are needed ({@link SymmetricEigen}).
 * Reported is d^2, as FID reports it.
 */
public final class FrechetDistance {
    private FrechetDistance() {
    }

    /** d^2 between the Gaussians of {@code a} and {@code b}; 0 for a set against itself (up to rounding). */
    public static double between(FeatureMoments a, FeatureMoments b) {
        int d = a.width();
        if (b.width() != d) {
            throw new IllegalArgumentException("features of " + d + " and " + b.width() + " values");
        }
        double meanTerm = 0;
        for (int j = 0; j < d; j++) {
            double diff = a.mean()[j] - b.mean()[j];
            meanTerm += diff * diff;
        }
        double[][] rootA = SymmetricEigen.of(a.covariance()).squareRoot();
        double[][] inner = multiply(multiply(rootA, b.covariance()), rootA);
        symmetrise(inner);
        double traceRoot = 0;
        for (double lambda : SymmetricEigen.of(inner).values()) {
            traceRoot += Math.sqrt(Math.max(lambda, 0));
        }
        double value = meanTerm + trace(a.covariance()) + trace(b.covariance()) - 2 * traceRoot;
        // Rounding can leave a set against itself a hair below zero; a distance is not negative.
        return Math.max(value, 0);
    }

    private static double trace(double[][] m) {
        double t = 0;
        for (int i = 0; i < m.length; i++) {
            t += m[i][i];
        }
        return t;
    }

    private static double[][] multiply(double[][] x, double[][] y) {
        int n = x.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double xik = x[i][k];
                if (xik == 0) {
                    continue;
                }
                double[] yk = y[k];
                double[] row = out[i];
                for (int j = 0; j < n; j++) {
                    row[j] += xik * yk[j];
                }
            }
        }
        return out;
    }

    /** The product is symmetric in exact arithmetic; averaging with its transpose removes the rounding's asymmetry. */
    private static void symmetrise(double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                double mean = (m[i][j] + m[j][i]) / 2;
                m[i][j] = mean;
                m[j][i] = mean;
            }
        }
    }
}
