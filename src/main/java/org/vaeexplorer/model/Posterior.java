package org.vaeexplorer.model;

import java.util.List;

/**
 * What the encoder says about n images: the Gaussian q(z|x) = N(mu, diag(exp(logvar))) of the continuous latent
 * (Kingma and Welling 2014) and, for a Joint VAE, the categorical q(c_l|x) of every discrete latent l (Dupont 2018,
 * the alpha of eq. 5). Plain Java copies, so a posterior may be handed to any thread.
 *
 * @param count                 the number of images
 * @param means                 mu, count x latentDim, row-major (empty without a continuous latent)
 * @param logVariances          log sigma^2, count x latentDim
 * @param categoryProbabilities one block per discrete latent, block l count x k_l; each row sums to 1
 */
public record Posterior(int count, float[] means, float[] logVariances, List<float[]> categoryProbabilities) {
    public Posterior {
        if (count <= 0 || means.length % count != 0 || logVariances.length != means.length) {
            throw new IllegalArgumentException("a posterior of " + count + " images needs count x latentDim means "
                    + "and log-variances; got " + means.length + " and " + logVariances.length);
        }
        for (float[] block : categoryProbabilities) {
            if (block.length == 0 || block.length % count != 0) {
                throw new IllegalArgumentException("a category block of " + block.length + " for " + count
                        + " images");
            }
        }
        categoryProbabilities = List.copyOf(categoryProbabilities);
    }

    public int latentDim() {
        return means.length / count;
    }

    /** How many discrete latents the model has. */
    public int discreteLatents() {
        return categoryProbabilities.size();
    }

    /** The number of categories of discrete latent {@code latent}. */
    public int categories(int latent) {
        return categoryProbabilities.get(latent).length / count;
    }

    /** q(c_latent | x_image): a copy of one row of the latent's block. */
    public float[] probabilities(int latent, int image) {
        int k = categories(latent);
        float[] row = new float[k];
        System.arraycopy(categoryProbabilities.get(latent), image * k, row, 0, k);
        return row;
    }

    /** The most probable category of discrete latent {@code latent} for every image (ties: the lower index). */
    public int[] mostProbable(int latent) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = argmax(categoryProbabilities.get(latent), i * categories(latent), categories(latent));
        }
        return out;
    }

    /** The most probable category of every discrete latent for image {@code image}. */
    public int[] mostProbableCategories(int image) {
        int[] out = new int[discreteLatents()];
        for (int l = 0; l < out.length; l++) {
            out[l] = argmax(categoryProbabilities.get(l), image * categories(l), categories(l));
        }
        return out;
    }

    /** Image {@code image}'s posterior mean (a copy). */
    public float[] mean(int image) {
        return row(means, image);
    }

    /** Image {@code image}'s posterior log-variance (a copy). */
    public float[] logVariance(int image) {
        return row(logVariances, image);
    }

    private float[] row(float[] values, int image) {
        int d = latentDim();
        float[] out = new float[d];
        System.arraycopy(values, image * d, out, 0, d);
        return out;
    }

    private static int argmax(float[] values, int offset, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            if (values[offset + i] > values[offset + best]) {
                best = i;
            }
        }
        return best;
    }
}
