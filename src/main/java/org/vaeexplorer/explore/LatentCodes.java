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

    /** The code of image {@code i} (a copy). */
    public float[] code(int i) {
        float[] z = new float[dim];
        System.arraycopy(mu, i * dim, z, 0, dim);
        return z;
    }
}
