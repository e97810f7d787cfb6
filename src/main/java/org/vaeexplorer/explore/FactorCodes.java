package org.vaeexplorer.explore;

import org.vaeexplorer.data.Factors;
import org.vaeexplorer.metrics.Mig;

/**
 * The encoded test images next to their generating factors: each image's factor value indices and, per latent and
 * factor, the mutual information between the latent's posterior mean and the factor, discretised as
 * {@link Mig} does (Chen et al. 2018, after disentanglement_lib: 20 equal-width bins over the observed range, plug-in
 * estimates in nats). Computed on the thread that asks (the explorer's worker), never on the FX thread.
 *
 * @param mi      {@code mi[j][k]}: I(z_j; v_k) in nats
 * @param entropy {@code entropy[k]}: H(v_k) in nats over these images
 */
public record FactorCodes(Factors factors, double[][] mi, double[] entropy) {
    /**
     * The factors of {@code codes}' images: the first {@code codes.count()} of {@code all} (the encoded test set
     * is the dataset's test images in order, perhaps only the first few while a run is followed).
     */
    public static FactorCodes of(EncodedImages codes, Factors all) {
        int n = Math.min(codes.count(), all.count());
        if (n < 2 || codes.dim() < 1) {
            throw new IllegalArgumentException("mutual information needs at least two encoded images, got " + n);
        }
        int[][] values = new int[n][];
        double[][] means = new double[n][codes.dim()];
        for (int i = 0; i < n; i++) {
            values[i] = all.of(i);
            for (int d = 0; d < codes.dim(); d++) {
                means[i][d] = codes.mu(i, d);
            }
        }
        Factors mine = new Factors(all.names(), all.sizes(), values);
        int[] sizes = mine.sizes();
        double[] h = new double[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            h[k] = entropy(values, k, sizes[k]);
        }
        return new FactorCodes(mine, Mig.mutualInformation(values, means, sizes), h);
    }

    private static double entropy(int[][] values, int k, int size) {
        double[] p = new double[size];
        for (int[] row : values) {
            p[row[k]] += 1.0 / values.length;
        }
        double h = 0;
        for (double q : p) {
            h -= q > 0 ? q * Math.log(q) : 0;
        }
        return h;
    }

    public int latents() {
        return mi.length;
    }

    public int factorCount() {
        return entropy.length;
    }

    /** I(z_j; v_k) / H(v_k): the share of the factor's uncertainty the latent removes, 0..1 (0 for a constant factor). */
    public double normalised(int j, int k) {
        return entropy[k] > 0 ? Math.min(1, mi[j][k] / entropy[k]) : 0;
    }

    /** Image {@code i}'s value index of factor {@code k}. */
    public int value(int i, int k) {
        return factors.values()[i][k];
    }

    public int count() {
        return factors.count();
    }
}
