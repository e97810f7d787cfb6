package org.vaeexplorer.metrics;

import java.util.Arrays;

/**
 * The Mutual Information Gap of Chen, Li, Grosse and Duvenaud, "Isolating Sources of Disentanglement in Variational
 * Autoencoders" (NeurIPS 2018, eq. 6):
 * {@code MIG = (1/K) sum_k (I(z_{j(k)}; v_k) - max_{j != j(k)} I(z_j; v_k)) / H(v_k)}, where {@code j(k)} is the
 * latent sharing the most information with factor {@code v_k}: 1 when each factor lives in one latent alone, 0
 * when two latents know it equally (or none does).
 *
 * <p>Follows google-research/disentanglement_lib {@code evaluation/metrics/mig.py} ({@code _compute_mig}): each
 * latent (the encoder means of sampled images) is discretised into 20 equal-width bins over its observed range,
 * the mutual informations and factor entropies are plug-in estimates in nats. Needs at least two latents.
 */
public final class Mig {
    /** disentanglement_lib's {@code discretizer.num_bins}. */
    public static final int BINS = 20;

    private Mig() {
    }

    /** MIG of {@code codes[i]} (one row per item) against {@code factors[i]} (value indices below {@code sizes}). */
    public static double score(int[][] factors, double[][] codes, int[] sizes) {
        double[][] mi = mutualInformation(factors, codes, sizes);
        int latents = codes[0].length;
        if (latents < 2) {
            throw new IllegalArgumentException("MIG needs at least two latents, got " + latents);
        }
        double sum = 0;
        int counted = 0;
        for (int k = 0; k < sizes.length; k++) {
            double h = MetricMath.entropy(MetricMath.column(factors, k), sizes[k]);
            if (h <= 0) {
                continue; // a factor held constant in the sample has nothing to be captured
            }
            double[] column = new double[latents];
            for (int j = 0; j < latents; j++) {
                column[j] = mi[j][k];
            }
            Arrays.sort(column);
            sum += (column[latents - 1] - column[latents - 2]) / h;
            counted++;
        }
        return counted == 0 ? 0 : sum / counted;
    }

    /** {@code mi[j][k]}: the mutual information in nats between discretised latent j and factor k. */
    public static double[][] mutualInformation(int[][] factors, double[][] codes, int[] sizes) {
        int[][] binned = MetricMath.discretise(codes, BINS);
        double[][] mi = new double[binned.length][sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            int[] v = MetricMath.column(factors, k);
            for (int j = 0; j < binned.length; j++) {
                mi[j][k] = MetricMath.mutualInformation(binned[j], BINS, v, sizes[k]);
            }
        }
        return mi;
    }
}
