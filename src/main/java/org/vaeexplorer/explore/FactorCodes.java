package org.vaeexplorer.explore;

import org.vaeexplorer.data.Factors;
import org.vaeexplorer.metrics.Mig;

/**
 * The encoded test images next to their generating factors: each image's factor value indices and, per latent and
 * factor, the mutual information between the latent's posterior mean and the factor, discretised as
 * {@link Mig} does (Chen et al. 2018, after disentanglement_lib: 20 equal-width bins over the observed range, plug-in
 * estimates in nats). Computed on the thread that asks (the explorer's worker), never on the FX thread.
 *
 * <p>The plug-in estimate is biased upwards: a latent independent of a factor still shows some nats, more the more
 * values the factor has (about (20 - 1)(K - 1) / (2n), Miller 1955, less where bins stay empty). That chance level is
 * measured rather than assumed: the MI of each latent with the factor's values shuffled among the images, averaged
 * over {@link #SHUFFLES} fixed shuffles.
 *
 * @param mi      {@code mi[j][k]}: I(z_j; v_k) in nats
 * @param chance  {@code chance[j][k]}: the same estimate with v_k shuffled (what independence shows), in nats
 * @param entropy {@code entropy[k]}: H(v_k) in nats over these images
 */
public record FactorCodes(Factors factors, double[][] mi, double[][] chance, double[] entropy) {
    /** Shuffles averaged for the chance level: enough to steady it to a hundredth of a nat on 500 images. */
    public static final int SHUFFLES = 3;

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
        return new FactorCodes(mine, Mig.mutualInformation(values, means, sizes), chance(values, means, sizes), h);
    }

    private static double[][] chance(int[][] values, double[][] means, int[] sizes) {
        java.util.Random random = new java.util.Random(0);
        double[][] sum = new double[means[0].length][sizes.length];
        for (int s = 0; s < SHUFFLES; s++) {
            int[][] shuffled = new int[values.length][];
            for (int i = 0; i < values.length; i++) {
                shuffled[i] = values[i].clone();
            }
            for (int k = 0; k < sizes.length; k++) {
                for (int i = values.length - 1; i > 0; i--) {
                    int o = random.nextInt(i + 1);
                    int t = shuffled[i][k];
                    shuffled[i][k] = shuffled[o][k];
                    shuffled[o][k] = t;
                }
            }
            double[][] mi = Mig.mutualInformation(shuffled, means, sizes);
            for (int j = 0; j < sum.length; j++) {
                for (int k = 0; k < sizes.length; k++) {
                    sum[j][k] += mi[j][k] / SHUFFLES;
                }
            }
        }
        return sum;
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
