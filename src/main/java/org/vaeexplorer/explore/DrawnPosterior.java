package org.vaeexplorer.explore;

import java.util.List;
import java.util.SplittableRandom;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Posterior;

/**
 * What a model makes of one image (a drawn digit): the posterior q(z|x) = N(mu, diag(sigma^2)) and, for a Joint VAE,
 * q(c_l|x) of every discrete latent; the reconstruction through the posterior mean (and most probable categories);
 * a few samples decoded from q(z, c|x); and for a CVAE the image encoded under every label and decoded under the same
 * label. All arrays are fresh copies, safe to hand from the worker thread to the UI.
 *
 * @param mu                    posterior mean (latentDim), for the chosen label when the model is conditional
 * @param logvar                posterior log-variance (latentDim)
 * @param categoryProbabilities q(c_l|x) of each discrete latent l (its size), none without one
 * @param matchedLatent         the latent matched to the classes ({@link ClusterMatching#matchedLatent})
 * @param reconstruction        the decoded posterior mean (pixels)
 * @param sampleCodes           the sampled z (samples x latentDim), to mark on the plane
 * @param samples               the decoded samples (samples x pixels)
 * @param perLabel              for a CVAE the image encoded and decoded under each label (numClasses x pixels)
 */
public record DrawnPosterior(float[] mu, float[] logvar, List<float[]> categoryProbabilities, int matchedLatent,
                             float[] reconstruction, float[] sampleCodes, float[] samples, float[] perLabel) {
    /** The posterior standard deviation along dimension {@code d}. */
    public double sigma(int d) {
        return Math.exp(0.5 * logvar[d]);
    }

    /** How many samples were drawn. */
    public int sampleCount(int pixels) {
        return samples.length / pixels;
    }

    /**
     * q(c|x) of the discrete latent matched to the classes, whose bars the Draw tab names after them; empty
     * without a discrete latent.
     */
    public float[] categoryProbs() {
        return categoryProbabilities.isEmpty() ? new float[0] : categoryProbabilities.get(matchedLatent);
    }

    /**
     * Encodes {@code x} (one image, scaled as the model was trained) with {@code explorer}; {@code label} is the
     * class a CVAE is told (ignored otherwise). The samples use {@code seed}, so while a digit is being drawn the
     * same noise is reused and the samples change only because the posterior does.
     */
    public static DrawnPosterior of(LatentExplorer explorer, float[] x, int label, int sampleCount, long seed) {
        ModelSpec spec = explorer.spec();
        int dim = spec.latentDim();
        int pixels = spec.pixels();
        // A CVAE encodes the image once per label in one batch: row `label` is the posterior shown on the plane.
        int rows = spec.conditional() ? spec.numClasses() : 1;
        int chosen = spec.conditional() ? label : 0;
        float[] batch = new float[rows * pixels];
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(x, 0, batch, r * pixels, pixels);
            labels[r] = spec.conditional() ? r : 0;
        }
        Posterior q = explorer.posterior(batch, labels, rows);
        float[] mu = q.mean(chosen);
        float[] logvar = q.logVariance(chosen);
        // An unconditional model's discrete latents: the one image's q(c_l|x).
        List<float[]> probs = java.util.stream.IntStream.range(0, q.discreteLatents())
                .mapToObj(l -> q.probabilities(l, 0)).toList();

        // One decode for everything: the mean, the samples, then (CVAE) each label's own posterior mean.
        LatentCodes.Builder decode = LatentCodes.builder(spec, 1 + sampleCount + (spec.conditional() ? rows : 0));
        int[] best = q.mostProbableCategories(0);
        decode.set(0, mu, best, chosen);
        SplittableRandom random = new SplittableRandom(seed);
        float[] sampleCodes = new float[sampleCount * dim];
        for (int s = 0; s < sampleCount; s++) {
            // Reparameterised: z = mu + sigma * eps, eps ~ N(0, I); categories drawn exactly from q(c|x).
            float[] z = new float[dim];
            for (int d = 0; d < dim; d++) {
                z[d] = (float) (mu[d] + Math.exp(0.5 * logvar[d]) * random.nextGaussian());
            }
            System.arraycopy(z, 0, sampleCodes, s * dim, dim);
            decode.set(1 + s, z, sampled(probs, random), chosen);
        }
        if (spec.conditional()) {
            for (int r = 0; r < rows; r++) {
                decode.set(1 + sampleCount + r, q.mean(r), best, r);
            }
        }
        float[] images = explorer.decode(decode.build());
        float[] reconstruction = new float[pixels];
        System.arraycopy(images, 0, reconstruction, 0, pixels);
        float[] samples = new float[sampleCount * pixels];
        System.arraycopy(images, pixels, samples, 0, samples.length);
        float[] perLabel = new float[spec.conditional() ? rows * pixels : 0];
        System.arraycopy(images, (1 + sampleCount) * pixels, perLabel, 0, perLabel.length);
        return new DrawnPosterior(mu, logvar, probs, ClusterMatching.matchedLatent(spec), reconstruction, sampleCodes,
                samples, perLabel);
    }

    /** One category of each discrete latent drawn from its probabilities (inverse CDF). */
    private static int[] sampled(List<float[]> probs, SplittableRandom random) {
        int[] out = new int[probs.size()];
        for (int l = 0; l < out.length; l++) {
            float[] p = probs.get(l);
            double u = random.nextDouble();
            double cumulative = 0;
            out[l] = p.length - 1;
            for (int c = 0; c < p.length; c++) {
                cumulative += p[c];
                if (u < cumulative) {
                    out[l] = c;
                    break;
                }
            }
        }
        return out;
    }
}
