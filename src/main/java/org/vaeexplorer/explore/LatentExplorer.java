package org.vaeexplorer.explore;

import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.GraphNames;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.VaeModel;

/**
 * Decodes and encodes on its own copy of a model's weights. While a model trains, {@link #tryRefreshFrom} is called
 * on the training thread between batches: it copies the weights only if no decode is in progress, so exploring
 * never reads half-updated weights and training never waits for the explorer.
 */
public final class LatentExplorer {
    private static final int ENCODE_BATCH = 500;
    private final VaeModel mirror;
    private final ReentrantLock lock = new ReentrantLock();

    private LatentExplorer(VaeModel mirror) {
        this.mirror = mirror;
    }

    /** A copy of {@code source}'s weights; call where {@code source} is not being trained (or between batches). */
    public static LatentExplorer of(VaeModel source) {
        return new LatentExplorer(source.mirror());
    }

    /** Explores {@code model} itself, for a model nothing else uses (a checkpoint just opened). */
    public static LatentExplorer owning(VaeModel model) {
        return new LatentExplorer(model);
    }

    public ModelSpec spec() {
        return mirror.spec();
    }

    /** Copies {@code source}'s weights unless a decode holds the copy; returns whether it copied. */
    public boolean tryRefreshFrom(VaeModel source) {
        if (!lock.tryLock()) {
            return false;
        }
        try {
            mirror.copyWeightsFrom(source);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * See {@link VaeModel#decode}: n codes to n images of spec().pixels() values in [0, 1]. (A conv model decodes in
     * runs of at most 200 itself, which keeps its working arrays bounded; see {@code ConvDecoderPath}.)
     */
    public float[] decode(float[] z, float[] categories, float[] labels, int n) {
        lock.lock();
        try {
            return mirror.decode(z, categories, labels, n);
        } finally {
            lock.unlock();
        }
    }

    /** A structured-output CVAE's completions of {@code image} (see {@link DigitCompleter}), on this copy. */
    public DigitCompleter.Completion complete(float[] image, boolean[] givenQuadrants, int n, long seed) {
        lock.lock();
        try {
            return new DigitCompleter(mirror).complete(image, givenQuadrants, n, seed);
        } finally {
            lock.unlock();
        }
    }

    /** Reconstructs images through the posterior mean (and argmax categories), as the Explore page shows them. */
    public float[] reconstruct(float[] pixels, int[] labels, int n) {
        lock.lock();
        try {
            return mirror.outputs(new Batch(pixels, n, labels), NoiseSource.seeded(0), Schedules.at(mirror.spec(), 0),
                    true, GraphNames.X_MEAN).get(GraphNames.X_MEAN);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Encodes the first {@code limit} images of {@code data} (all when {@code limit <= 0}), a batch at a time so
     * a refresh can slip in between batches.
     */
    public LatentCodes encode(ImageDataset data, PixelScaling scaling, int limit) throws InterruptedException {
        ModelSpec spec = mirror.spec();
        int n = limit <= 0 ? data.size() : Math.min(limit, data.size());
        int dim = spec.latentDim();
        float[] mu = new float[n * dim];
        float[] logvar = new float[n * dim];
        int[] labels = new int[n];
        int[] categories = new int[n];
        java.util.Arrays.fill(categories, -1);
        for (int start = 0; start < n; start += ENCODE_BATCH) {
            if (Thread.interrupted()) {
                throw new InterruptedException("encoding was cancelled");
            }
            int size = Math.min(ENCODE_BATCH, n - start);
            int[] idx = new int[size];
            int[] batchLabels = new int[size];
            for (int i = 0; i < size; i++) {
                idx[i] = start + i;
                batchLabels[i] = data.label(start + i);
            }
            System.arraycopy(batchLabels, 0, labels, start, size);
            Map<String, float[]> out = encodeBatch(new Batch(data.batch(idx, scaling), size, batchLabels), spec);
            if (dim > 0) {
                System.arraycopy(out.get(GraphNames.MU), 0, mu, start * dim, size * dim);
                System.arraycopy(out.get(GraphNames.LOGVAR), 0, logvar, start * dim, size * dim);
            }
            if (spec.hasCategorical()) {
                float[] probs = out.get(GraphNames.CAT_PROBS);
                int width = spec.categoricalWidth();
                int k = spec.categories().get(0);
                for (int i = 0; i < size; i++) {
                    categories[start + i] = argmax(probs, i * width, k);
                }
            }
        }
        return new LatentCodes(n, dim, mu, logvar, labels, categories);
    }

    /**
     * The posterior of {@code n} images given as pixels (n x pixels, already scaled as the model was trained), e.g.
     * one drawn digit: {@link GraphNames#MU} and {@link GraphNames#LOGVAR} (n x latentDim) when the model has a
     * continuous latent, {@link GraphNames#CAT_PROBS} (n x categoricalWidth) when it has discrete ones. Each row
     * depends only on its own image (and label), so a batch of one gives what that image gets in any batch.
     */
    public Map<String, float[]> posterior(float[] pixels, int[] labels, int n) {
        return encodeBatch(new Batch(pixels, n, labels), mirror.spec());
    }

    private Map<String, float[]> encodeBatch(Batch batch, ModelSpec spec) {
        lock.lock();
        try {
            String[] names = spec.hasCategorical()
                    ? (spec.latentDim() > 0 ? new String[] {GraphNames.MU, GraphNames.LOGVAR, GraphNames.CAT_PROBS}
                    : new String[] {GraphNames.CAT_PROBS})
                    : new String[] {GraphNames.MU, GraphNames.LOGVAR};
            return mirror.outputs(batch, NoiseSource.seeded(0), Schedules.at(spec, 0), true, names);
        } finally {
            lock.unlock();
        }
    }

    static int argmax(float[] values, int offset, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            if (values[offset + i] > values[offset + best]) {
                best = i;
            }
        }
        return best;
    }
}
