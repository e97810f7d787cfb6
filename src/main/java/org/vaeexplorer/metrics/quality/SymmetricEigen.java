package org.vaeexplorer.metrics.quality;

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method (Golub and Van Loan,
 * "Matrix Computations", section 8.5): plane rotations zero the off-diagonal entries one by one until they are
 * negligible against the diagonal. For the 128 x 128 covariances of the sample-quality measure a few sweeps take
 * milliseconds; the method is accurate to the last digits for symmetric matrices.
 *
 * @param values  the eigenvalues, unsorted
 * @param vectors column k is the unit eigenvector of {@code values[k]}: A = V diag(values) V^T
 */
public record SymmetricEigen(double[] values, double[][] vectors) {
    private static final int MAX_SWEEPS = 100;

    /** Decomposes {@code a} (square and symmetric; only read). */
    public static SymmetricEigen of(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("a square matrix is needed, row " + i + " has " + a[i].length);
            }
            m[i] = a[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(m) > 1e-22 * diagonal(m); sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(m, v, p, q);
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = m[i][i];
        }
        return new SymmetricEigen(values, v);
    }

    /** The rotation in the (p, q) plane that zeroes m[p][q] (Golub and Van Loan, Algorithm 8.5.1). */
    private static void rotate(double[][] m, double[][] v, int p, int q) {
        double apq = m[p][q];
        if (apq == 0) {
            return;
        }
        double theta = (m[q][q] - m[p][p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = m.length;
        for (int k = 0; k < n; k++) {
            double mkp = m[k][p];
            double mkq = m[k][q];
            m[k][p] = c * mkp - s * mkq;
            m[k][q] = s * mkp + c * mkq;
        }
        for (int k = 0; k < n; k++) {
            double mpk = m[p][k];
            double mqk = m[q][k];
            m[p][k] = c * mpk - s * mqk;
            m[q][k] = s * mpk + c * mqk;
        }
        for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonal(double[][] m) {
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (i != j) {
                    sum += m[i][j] * m[i][j];
                }
            }
        }
        return sum;
    }

    private static double diagonal(double[][] m) {
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            sum += m[i][i] * m[i][i];
        }
        return Math.max(sum, Double.MIN_NORMAL);
    }

    /**
     * The principal square root of a symmetric positive semi-definite matrix, V diag(sqrt(max(lambda, 0))) V^T:
     * eigenvalues a rounding below zero are taken as zero.
     */
    public double[][] squareRoot() {
        int n = values.length;
        double[][] out = new double[n][n];
        for (int k = 0; k < n; k++) {
            double root = Math.sqrt(Math.max(values[k], 0));
            if (root == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                double vi = vectors[i][k] * root;
                for (int j = 0; j < n; j++) {
                    out[i][j] += vi * vectors[j][k];
                }
            }
        }
        return out;
    }
}
