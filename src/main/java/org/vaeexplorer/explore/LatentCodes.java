package org.vaeexplorer.explore;

/**
 * The test set encoded: for each image the posterior mean and log-variance of q(z|x) (n x dim, row-major), its
 * class label, and for a Joint VAE the most probable category of its first discrete latent (else -1).
 */
public record LatentCodes(int count, int dim, float[] mu, float[] logvar, int[] labels, int[] categories) {
    public LatentCodes {
        if (mu.length != count * dim || logvar.length != count * dim || labels.length != count
                || categories.length != count) {
            throw new IllegalArgumentException("inconsistent sizes for " + count + " codes of dimension " + dim);
        }
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
