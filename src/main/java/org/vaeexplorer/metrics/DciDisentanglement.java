package org.vaeexplorer.metrics;

/**
 * The disentanglement score D of Eastwood and Williams, "A Framework for the Quantitative Evaluation of
 * Disentangled Representations" (ICLR 2018, section 2): regress each factor on the code, take the importance
 * {@code R[j][k]} of latent j for factor k, and score each latent by
 * {@code D_j = 1 - H_K(P_j)} with {@code P_jk = R_jk / sum_k R_jk} and {@code H_K} the entropy in base K (the number
 * of factors); D is the average of the {@code D_j} weighted by each latent's share of the total importance
 * {@code rho_j = sum_k R_jk / sum_jk R_jk}. 1 when every latent matters to one factor only.
 *
 * <p>Follows google-research/disentanglement_lib {@code evaluation/metrics/dci.py} ({@code disentanglement},
 * {@code disentanglement_per_code}, the 1e-11 added to the importances) except for the regressor: the library
 * takes the feature importances of gradient-boosted trees, which would need a new dependency; here, as the paper's
 * own linear variant (its lasso), the importances are the absolute weights of a linear regressor, ridge rather than
 * lasso because ridge has a closed form ({@code (X'X + lambda n I)^-1 X'y}, no iteration or tolerance to tune) and
 * on standardised codes its weights are comparable across latents. Codes and factor indices are standardised first.
 * A linear regressor reads a factor only as far as it is monotone in its latent (shape, whose order is arbitrary,
 * least of all), which the trees would not need.
 */
public final class DciDisentanglement {
    /** The ridge penalty per item, on standardised codes. */
    public static final double LAMBDA = 0.01;

    private DciDisentanglement() {
    }

    public static double score(int[][] factors, double[][] codes) {
        return fromImportance(importance(factors, codes));
    }

    /** {@code R[j][k]}: |ridge weight| of standardised latent j predicting standardised factor k. */
    public static double[][] importance(int[][] factors, double[][] codes) {
        int n = codes.length;
        int d = codes[0].length;
        int factorCount = factors[0].length;
        double[][] x = MetricMath.standardise(codes);
        double[][] y = new double[n][factorCount];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < factorCount; k++) {
                y[i][k] = factors[i][k];
            }
        }
        y = MetricMath.standardise(y);
        double[][] gram = new double[d][d];
        double[][] xty = new double[d][factorCount];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    gram[a][b] += x[i][a] * x[i][b];
                }
                for (int k = 0; k < factorCount; k++) {
                    xty[a][k] += x[i][a] * y[i][k];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            gram[a][a] += LAMBDA * n;
        }
        double[][] w = solve(gram, xty);
        for (double[] row : w) {
            for (int k = 0; k < factorCount; k++) {
                row[k] = Math.abs(row[k]);
            }
        }
        return w;
    }

    /** D from an importance matrix (latents x factors), as disentanglement_lib's {@code disentanglement}. */
    public static double fromImportance(double[][] r) {
        int factorCount = r[0].length;
        double total = 0;
        for (double[] row : r) {
            for (double v : row) {
                total += v;
            }
        }
        double score = 0;
        for (double[] row : r) {
            double rowSum = 0;
            for (double v : row) {
                rowSum += v + 1e-11;
            }
            double h = 0;
            for (double v : row) {
                double p = (v + 1e-11) / rowSum;
                h -= p * Math.log(p);
            }
            double perCode = factorCount > 1 ? 1 - h / Math.log(factorCount) : 1;
            double weight = total > 0 ? (rowSum - factorCount * 1e-11) / total : 1.0 / r.length;
            score += perCode * weight;
        }
        return score;
    }

    /** {@code a^-1 b} by Gaussian elimination with partial pivoting; {@code a} is symmetric positive definite. */
    private static double[][] solve(double[][] a, double[][] b) {
        int d = a.length;
        int m = b[0].length;
        double[][] aa = new double[d][];
        double[][] bb = new double[d][];
        for (int i = 0; i < d; i++) {
            aa[i] = a[i].clone();
            bb[i] = b[i].clone();
        }
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) {
                pivot = Math.abs(aa[r][col]) > Math.abs(aa[pivot][col]) ? r : pivot;
            }
            double[] t = aa[col];
            aa[col] = aa[pivot];
            aa[pivot] = t;
            t = bb[col];
            bb[col] = bb[pivot];
            bb[pivot] = t;
            for (int r = col + 1; r < d; r++) {
                double f = aa[r][col] / aa[col][col];
                for (int c = col; c < d; c++) {
                    aa[r][c] -= f * aa[col][c];
                }
                for (int c = 0; c < m; c++) {
                    bb[r][c] -= f * bb[col][c];
                }
            }
        }
        double[][] x = new double[d][m];
        for (int r = d - 1; r >= 0; r--) {
            for (int c = 0; c < m; c++) {
                double s = bb[r][c];
                for (int k = r + 1; k < d; k++) {
                    s -= aa[r][k] * x[k][c];
                }
                x[r][c] = s / aa[r][r];
            }
        }
        return x;
    }
}
