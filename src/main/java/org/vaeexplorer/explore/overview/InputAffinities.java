package org.vaeexplorer.explore.overview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The input similarities P of t-SNE, sparse as in Barnes-Hut t-SNE (van der Maaten 2014, section 4.1): for each
 * point i only its k = 3u nearest neighbours N_i get a conditional probability
 * <pre>
 *   p_{j|i} = exp(-beta_i d_ij^2) / sum_{l in N_i} exp(-beta_i d_il^2)      (j in N_i, else 0)
 * </pre>
 * with the precision beta_i = 1 / (2 sigma_i^2) found by bisection so that the perplexity 2^{H(P_i)} equals the
 * chosen u (van der Maaten and Hinton 2008, equation 4; here with natural logarithms: H = log u). The joint
 * probabilities are then symmetrized, p_ij = (p_{j|i} + p_{i|j}) / 2n, so they sum to one.
 *
 * <p>Stored row by row (compressed sparse rows): row i's columns are {@code columns[rowStart[i] .. rowStart[i+1])}.
 */
record InputAffinities(int[] rowStart, int[] columns, double[] values) {
    private static final int BISECTION_STEPS = 200;
    private static final double ENTROPY_TOLERANCE = 1e-5;

    static InputAffinities of(NearestNeighbours neighbours, double perplexity) {
        int n = neighbours.indices().length;
        double[][] conditional = new double[n][];
        for (int i = 0; i < n; i++) {
            conditional[i] = conditionalRow(neighbours.squaredDistances()[i], perplexity);
        }
        return symmetrized(neighbours.indices(), conditional);
    }

    /** p_{j|i} over i's neighbours (their squared distances given), at the perplexity asked. */
    static double[] conditionalRow(double[] squaredDistances, double perplexity) {
        double target = Math.log(perplexity);
        double beta = 1;
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        double[] p = new double[squaredDistances.length];
        // Distances relative to the nearest: the same P, without exp underflowing to zero for far-out points.
        double nearest = squaredDistances[0];
        for (int step = 0; step < BISECTION_STEPS; step++) {
            double sum = 0;
            double weighted = 0;
            for (int j = 0; j < p.length; j++) {
                double d = squaredDistances[j] - nearest;
                p[j] = Math.exp(-beta * d);
                sum += p[j];
                weighted += d * p[j];
            }
            // H = log Z + beta <d>, the entropy of the normalised row.
            double entropy = Math.log(sum) + beta * weighted / sum;
            for (int j = 0; j < p.length; j++) {
                p[j] /= sum;
            }
            double gap = entropy - target;
            if (Math.abs(gap) < ENTROPY_TOLERANCE) {
                break;
            }
            if (gap > 0) {
                low = beta;
                beta = high == Double.POSITIVE_INFINITY ? beta * 2 : (beta + high) / 2;
            } else {
                high = beta;
                beta = low == Double.NEGATIVE_INFINITY ? beta / 2 : (beta + low) / 2;
            }
        }
        return p;
    }

    private static InputAffinities symmetrized(int[][] indices, double[][] conditional) {
        int n = indices.length;
        List<Map<Integer, Double>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new HashMap<>());
        }
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < indices[i].length; m++) {
                int j = indices[i][m];
                double half = conditional[i][m] / (2.0 * n);
                rows.get(i).merge(j, half, Double::sum);
                rows.get(j).merge(i, half, Double::sum);
            }
        }
        int[] rowStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] = rowStart[i] + rows.get(i).size();
        }
        int[] columns = new int[rowStart[n]];
        double[] values = new double[rowStart[n]];
        for (int i = 0; i < n; i++) {
            int at = rowStart[i];
            for (Map.Entry<Integer, Double> e : rows.get(i).entrySet()) {
                columns[at] = e.getKey();
                values[at++] = e.getValue();
            }
        }
        return new InputAffinities(rowStart, columns, values);
    }

    int count() {
        return rowStart.length - 1;
    }
}
