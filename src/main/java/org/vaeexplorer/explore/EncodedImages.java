package org.vaeexplorer.explore;

/**
 * The test set encoded: for each image the posterior mean and log-variance of q(z|x) (n x dim, row-major), its
 * class label, and for a Joint VAE the most probable category of each discrete latent; and per dimension the KL
 * divergence from the prior averaged over the images, which says which dimensions the model uses.
 *
 * @param categories categories[l][i] is the most probable category of discrete latent l for image i (-1 where it
 *                   is not known); no rows without a discrete latent
 * @param averageKl  per dimension, the mean over the images of KL(q(z_d|x) || N(0, 1)) in nats (computed by the
 *                   six-argument constructor, on the thread that encodes)
 */
public record EncodedImages(int count, int dim, float[] mu, float[] logvar, int[] labels, int[][] categories,
                            double[] averageKl) {
    /** Below this average KL (nats) a dimension carries next to no information about the image: unused. */
    public static final double UNUSED_NATS = 0.01;

    public EncodedImages {
        boolean fits = mu.length == count * dim && logvar.length == count * dim && labels.length == count
                && averageKl.length == dim;
        for (int[] latent : categories) {
            fits &= latent.length == count;
        }
        if (!fits) {
            throw new IllegalArgumentException("inconsistent sizes for " + count + " codes of dimension " + dim);
        }
    }

    public EncodedImages(int count, int dim, float[] mu, float[] logvar, int[] labels, int[][] categories) {
        this(count, dim, mu, logvar, labels, categories, averageKl(count, dim, mu, logvar));
    }

    /**
     * Image {@code i}'s most probable category of every discrete latent the codes know, as many as
     * {@code latents} (a latent it does not know, or whose category is unknown, gets category 0).
     */
    public int[] categoriesOf(int i, int latents) {
        int[] out = new int[latents];
        for (int l = 0; l < latents && l < categories.length; l++) {
            out[l] = Math.max(0, categories[l][i]);
        }
        return out;
    }

    /**
     * KL(N(mu, sigma^2) || N(0, 1)) = 0.5 (mu^2 + sigma^2 - 1 - log sigma^2) per image and dimension, averaged over
     * the images; zeros when there are none.
     */
    static double[] averageKl(int count, int dim, float[] mu, float[] logvar) {
        double[] kl = new double[dim];
        if (count == 0 || mu.length != count * dim || logvar.length != count * dim) {
            return kl;
        }
        for (int i = 0; i < count; i++) {
            for (int d = 0; d < dim; d++) {
                double m = mu[i * dim + d];
                double lv = logvar[i * dim + d];
                kl[d] += 0.5 * (m * m + Math.exp(lv) - 1 - lv);
            }
        }
        for (int d = 0; d < dim; d++) {
            kl[d] /= count;
        }
        return kl;
    }

    /** Whether the model uses dimension {@code d}: its average KL is at least {@link #UNUSED_NATS}. */
    public boolean isUsed(int d) {
        return averageKl[d] >= UNUSED_NATS;
    }

    /**
     * The dimension the model uses most: the largest average KL over the images (the lower index on a tie); -1
     * when nothing is encoded or there are no continuous dimensions.
     */
    public int mostUsedDimension() {
        return count == 0 || dim == 0 ? -1 : dimensionsByKl()[0];
    }

    /** The dimensions by average KL, largest first (the used ones first); ties keep the lower index first. */
    public int[] dimensionsByKl() {
        return java.util.stream.IntStream.range(0, dim).boxed()
                .sorted((a, b) -> averageKl[a] != averageKl[b] ? Double.compare(averageKl[b], averageKl[a])
                        : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }

    public float mu(int i, int d) {
        return mu[i * dim + d];
    }

    /** The posterior standard deviation of image {@code i} along dimension {@code d}. */
    public double sigma(int i, int d) {
        return Math.exp(0.5 * logvar[i * dim + d]);
    }

    /**
     * The two dimensions whose posterior means vary most across the images, lower index first: the plane that shows
     * most of what the model uses. A beta-VAE or Joint VAE leaves some dimensions at the prior (its KL budget spent
     * elsewhere), and the first two are not always used (the shipped Joint VAE's z1 is not). Needs dim >= 2.
     */
    public int[] mostSpreadDimensions() {
        double[] spread = new double[dim];
        for (int d = 0; d < dim; d++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < count; i++) {
                double m = mu(i, d);
                sum += m;
                squares += m * m;
            }
            spread[d] = count == 0 ? 0 : squares / count - (sum / count) * (sum / count);
        }
        int first = 0;
        for (int d = 1; d < dim; d++) {
            first = spread[d] > spread[first] ? d : first;
        }
        int second = first == 0 ? 1 : 0;
        for (int d = 0; d < dim; d++) {
            second = d != first && spread[d] > spread[second] ? d : second;
        }
        return new int[] {Math.min(first, second), Math.max(first, second)};
    }

    /** The code of image {@code i} (a copy). */
    public float[] code(int i) {
        float[] z = new float[dim];
        System.arraycopy(mu, i * dim, z, 0, dim);
        return z;
    }
}
