package org.vaeexplorer.explore;

import java.util.SplittableRandom;
import org.vaeexplorer.model.QuadrantMask;
import org.vaeexplorer.model.StructuredOutputs;
import org.vaeexplorer.model.VaeModel;

/**
 * Completes an image from the quadrants a person marks as given, with a structured-output CVAE (Sohn et al. 2015):
 * the baseline's single guess, and completions from z = mu(x) + sigma(x) * u with u ~ N(0, I) drawn from a seed,
 * so the same seed redraws the same completions and a new seed shows others. Works on any image of the model's
 * size (a test digit, a file, a drawing). Not thread-safe: one worker thread owns it and the model it was given.
 */
public final class DigitCompleter {
    private final VaeModel model;

    /** {@code model} must be this completer's own (e.g. a {@link VaeModel#mirror()}), used by one thread only. */
    public DigitCompleter(VaeModel model) {
        if (!model.spec().capabilities().completes()) {
            throw new IllegalArgumentException("completing an image needs a structured-output CVAE, not a "
                    + model.spec().kind().cliName());
        }
        this.model = model;
    }

    /**
     * The completion of {@code image} (grey levels in [0, 1], row-major) with the quadrants flagged in
     * {@code givenQuadrants} (top-left, top-right, bottom-left, bottom-right) kept as they are.
     */
    public Completion complete(float[] image, boolean[] givenQuadrants, int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("at least one completion, got " + n);
        }
        int set = QuadrantMask.of(givenQuadrants);
        int rows = model.spec().rows();
        int cols = model.spec().cols();
        int p = rows * cols;
        float[] mask = QuadrantMask.pixels(set, rows, cols);
        float[] u = new float[n * model.spec().latentDim()];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < u.length; i++) {
            u[i] = (float) random.nextGaussian();
        }
        float[] samples = StructuredOutputs.completions(model, image, set, u, n);
        float[] guess = StructuredOutputs.baselineGuess(model, image, set);
        float[] visible = new float[p];
        for (int j = 0; j < p; j++) {
            visible[j] = mask[j] == 1f ? image[j] : Float.NaN;
            guess[j] = mask[j] == 1f ? image[j] : guess[j];
            for (int i = 0; i < n; i++) {
                if (mask[j] == 1f) {
                    samples[i * p + j] = image[j];
                }
            }
        }
        return new Completion(image.clone(), visible, guess, samples, n, rows, cols, givenQuadrants.clone());
    }

    /**
     * One completion: the original, its visible part (NaN where hidden), the baseline's guess and {@code count}
     * sampled completions ({@code count * rows * cols}), all with the given pixels pasted back as they were.
     */
    public record Completion(float[] original, float[] visible, float[] baselineGuess, float[] samples, int count,
                             int rows, int cols, boolean[] givenQuadrants) {
        /** Sample {@code i} alone. */
        public float[] sample(int i) {
            float[] one = new float[rows * cols];
            System.arraycopy(samples, i * rows * cols, one, 0, one.length);
            return one;
        }
    }
}
