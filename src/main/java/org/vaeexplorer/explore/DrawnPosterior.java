package org.vaeexplorer.explore;

import java.util.Map;
import java.util.SplittableRandom;
import org.vaeexplorer.model.GraphNames;
import org.vaeexplorer.model.ModelSpec;

/**
 * What a model makes of one image (a drawn digit): the posterior q(z|x) = N(mu, diag(sigma^2)) and, for a Joint VAE,
 * q(c|x) of the first discrete latent; the reconstruction through the posterior mean (and most probable categories);
 * a few samples decoded from q(z, c|x); and for a CVAE the image encoded under every label and decoded under the same
 * label. All arrays are fresh copies, safe to hand from the worker thread to the UI.
 *
 * @param mu             posterior mean (latentDim), for the chosen label when the model is conditional
 * @param logvar         posterior log-variance (latentDim)
 * @param categoryProbs  q(c|x) of the first discrete latent (its size), empty without one
 * @param reconstruction the decoded posterior mean (pixels)
 * @param sampleCodes    the sampled z (samples x latentDim), to mark on the plane
 * @param samples        the decoded samples (samples x pixels)
 * @param perLabel       for a CVAE the image encoded and decoded under each label (numClasses x pixels), else empty
 */
public record DrawnPosterior(float[] mu, float[] logvar, float[] categoryProbs, float[] reconstruction,
                             float[] sampleCodes, float[] samples, float[] perLabel) {
    /** The posterior standard deviation along dimension {@code d}. */
    public double sigma(int d) {
        return Math.exp(0.5 * logvar[d]);
    }

    /** How many samples were drawn. */
    public int sampleCount(int pixels) {
        return samples.length / pixels;
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
        Map<String, float[]> out = explorer.posterior(batch, labels, rows);
        float[] mu = dim > 0 ? slice(out.get(GraphNames.MU), chosen, dim) : new float[0];
        float[] logvar = dim > 0 ? slice(out.get(GraphNames.LOGVAR), chosen, dim) : new float[0];
        float[] probs = spec.hasCategorical()
                ? slice(out.get(GraphNames.CAT_PROBS), 0, spec.categoricalWidth()) : new float[0];

        // One decode for everything: the mean, the samples, then (CVAE) each label's own posterior mean.
        DecoderInputs decode = new DecoderInputs(spec, 1 + sampleCount + (spec.conditional() ? rows : 0));
        int[] best = mostProbable(spec, probs);
        decode.set(0, mu, DecoderInputs.oneHotCategories(spec, best), chosen);
        SplittableRandom random = new SplittableRandom(seed);
        float[] sampleCodes = new float[sampleCount * dim];
        for (int s = 0; s < sampleCount; s++) {
            // Reparameterised: z = mu + sigma * eps, eps ~ N(0, I); categories drawn exactly from q(c|x).
            float[] z = new float[dim];
            for (int d = 0; d < dim; d++) {
                z[d] = (float) (mu[d] + Math.exp(0.5 * logvar[d]) * random.nextGaussian());
            }
            System.arraycopy(z, 0, sampleCodes, s * dim, dim);
            decode.set(1 + s, z, DecoderInputs.oneHotCategories(spec, sampled(spec, probs, random)), chosen);
        }
        if (spec.conditional()) {
            float[] allMu = out.get(GraphNames.MU);
            for (int r = 0; r < rows; r++) {
                decode.set(1 + sampleCount + r, slice(allMu, r, dim), DecoderInputs.oneHotCategories(spec, best), r);
            }
        }
        float[] images = decode.decodeWith(explorer);
        float[] reconstruction = new float[pixels];
        System.arraycopy(images, 0, reconstruction, 0, pixels);
        float[] samples = new float[sampleCount * pixels];
        System.arraycopy(images, pixels, samples, 0, samples.length);
        float[] perLabel = new float[spec.conditional() ? rows * pixels : 0];
        System.arraycopy(images, (1 + sampleCount) * pixels, perLabel, 0, perLabel.length);
        int firstSize = spec.hasCategorical() ? spec.categories().get(0) : 0;
        float[] first = new float[firstSize];
        System.arraycopy(probs, 0, first, 0, firstSize);
        return new DrawnPosterior(mu, logvar, first, reconstruction, sampleCodes, samples, perLabel);
    }

    private static float[] slice(float[] rows, int row, int width) {
        float[] out = new float[width];
        System.arraycopy(rows, row * width, out, 0, width);
        return out;
    }

    /** The most probable category of each discrete latent. */
    private static int[] mostProbable(ModelSpec spec, float[] probs) {
        int[] out = new int[spec.categories().size()];
        int offset = 0;
        for (int l = 0; l < out.length; l++) {
            out[l] = LatentExplorer.argmax(probs, offset, spec.categories().get(l));
            offset += spec.categories().get(l);
        }
        return out;
    }

    /** One category of each discrete latent drawn from its probabilities (inverse CDF). */
    private static int[] sampled(ModelSpec spec, float[] probs, SplittableRandom random) {
        int[] out = new int[spec.categories().size()];
        int offset = 0;
        for (int l = 0; l < out.length; l++) {
            int k = spec.categories().get(l);
            double u = random.nextDouble();
            double cumulative = 0;
            out[l] = k - 1;
            for (int c = 0; c < k; c++) {
                cumulative += probs[offset + c];
                if (u < cumulative) {
                    out[l] = c;
                    break;
                }
            }
            offset += k;
        }
        return out;
    }
}
