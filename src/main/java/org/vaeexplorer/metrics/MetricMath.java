package org.vaeexplorer.metrics;

import java.util.Random;

/** Counting, entropies in nats and small statistics the disentanglement metrics share. */
final class MetricMath {
    private MetricMath() {
    }

    /** {@code count} factor combinations, each factor uniform over its values (disentanglement_lib's sample_factors). */
    static int[][] sampleFactors(int[] sizes, int count, Random random) {
        int[][] out = new int[count][sizes.length];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < sizes.length; k++) {
                out[i][k] = random.nextInt(sizes[k]);
            }
        }
        return out;
    }

    /**
     * Each column of {@code codes} cut into {@code bins} equal-width bins between its minimum and maximum, as
     * numpy's {@code digitize(x, histogram(x, bins)[1][:-1])} does in disentanglement_lib's
     * {@code utils._histogram_discretize} (bins numbered 0..bins-1 here instead of 1..bins).
     */
    static int[][] discretise(double[][] codes, int bins) {
        int n = codes.length;
        int d = codes[0].length;
        int[][] out = new int[d][n];
        for (int j = 0; j < d; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] row : codes) {
                lo = Math.min(lo, row[j]);
                hi = Math.max(hi, row[j]);
            }
            double width = (hi - lo) / bins;
            for (int i = 0; i < n; i++) {
                int b = width > 0 ? (int) Math.floor((codes[i][j] - lo) / width) : 0;
                out[j][i] = Math.min(Math.max(b, 0), bins - 1);
            }
        }
        return out;
    }

    /** The plug-in mutual information, in nats, of two discrete variables observed together (sklearn's mutual_info_score). */
    static double mutualInformation(int[] a, int aValues, int[] b, int bValues) {
        int n = a.length;
        double[][] joint = new double[aValues][bValues];
        double[] pa = new double[aValues];
        double[] pb = new double[bValues];
        for (int i = 0; i < n; i++) {
            joint[a[i]][b[i]] += 1.0 / n;
            pa[a[i]] += 1.0 / n;
            pb[b[i]] += 1.0 / n;
        }
        double mi = 0;
        for (int x = 0; x < aValues; x++) {
            for (int y = 0; y < bValues; y++) {
                if (joint[x][y] > 0) {
                    mi += joint[x][y] * Math.log(joint[x][y] / (pa[x] * pb[y]));
                }
            }
        }
        return Math.max(mi, 0);
    }

    /** The plug-in entropy in nats of a discrete variable's observations. */
    static double entropy(int[] values, int count) {
        double[] p = new double[count];
        for (int v : values) {
            p[v] += 1.0 / values.length;
        }
        double h = 0;
        for (double q : p) {
            h -= q > 0 ? q * Math.log(q) : 0;
        }
        return h;
    }

    /** Column k of {@code rows}. */
    static int[] column(int[][] rows, int k) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][k];
        }
        return out;
    }

    /** The unbiased (ddof 1) variance of each column. */
    static double[] variances(double[][] codes) {
        int n = codes.length;
        int d = codes[0].length;
        double[] mean = new double[d];
        for (double[] row : codes) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[] var = new double[d];
        for (double[] row : codes) {
            for (int j = 0; j < d; j++) {
                double e = row[j] - mean[j];
                var[j] += e * e / (n - 1);
            }
        }
        return var;
    }

    /** Each column shifted to mean 0 and scaled to standard deviation 1 (a constant column stays 0). */
    static double[][] standardise(double[][] x) {
        int n = x.length;
        int d = x[0].length;
        double[] var = variances(x);
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                out[i][j] = var[j] > 0 ? (x[i][j] - mean[j]) / Math.sqrt(var[j]) : 0;
            }
        }
        return out;
    }
}
