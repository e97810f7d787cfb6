package org.vaeexplorer.explore;

import java.util.concurrent.locks.ReentrantLock;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.ForwardPass;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Posterior;
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
    public float[] decode(LatentCodes codes) {
        lock.lock();
        try {
            return mirror.decode(codes);
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
            return mirror.reconstruct(new Batch(pixels, n, labels));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Encodes the first {@code limit} images of {@code data} (all when {@code limit <= 0}), a batch at a time so
     * a refresh can slip in between batches.
     */
    public EncodedImages encode(ImageDataset data, PixelScaling scaling, int limit) throws InterruptedException {
        ModelSpec spec = mirror.spec();
        int n = limit <= 0 ? data.size() : Math.min(limit, data.size());
        int dim = spec.latentDim();
        float[] mu = new float[n * dim];
        float[] logvar = new float[n * dim];
        int[] labels = new int[n];
        int[][] categories = new int[spec.categories().size()][n];
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
            Posterior p = posterior(data.batch(idx, scaling), batchLabels, size);
            System.arraycopy(p.means(), 0, mu, start * dim, size * dim);
            System.arraycopy(p.logVariances(), 0, logvar, start * dim, size * dim);
            for (int l = 0; l < categories.length; l++) {
                System.arraycopy(p.mostProbable(l), 0, categories[l], start, size);
            }
        }
        return new EncodedImages(n, dim, mu, logvar, labels, categories);
    }

    /**
     * One image's way through this copy of the model whose sample lands on {@code z} (epsilon = (z - mu) / sigma;
     * see {@link ForwardPass#reaching}), with Gumbel noise {@code u}: what the How it works view shows.
     */
    public ForwardPass forwardPass(float[] image, int label, float[] z, float[] u, Schedules schedules) {
        lock.lock();
        try {
            return ForwardPass.reaching(mirror, new Batch(image, 1, new int[] {label}), z, u, schedules);
        } finally {
            lock.unlock();
        }
    }

    /** One image's way through this copy with the epsilon {@code eps} itself (see {@link ForwardPass#of}). */
    public ForwardPass forwardPassWith(float[] image, int label, float[] eps, float[] u, Schedules schedules) {
        lock.lock();
        try {
            return ForwardPass.of(mirror, new Batch(image, 1, new int[] {label}), eps, u, schedules);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The posterior of {@code n} images given as pixels (n x pixels, already scaled as the model was trained), e.g.
     * one drawn digit. Each row depends only on its own image (and label), so a batch of one gives what that image
     * gets in any batch.
     */
    public Posterior posterior(float[] pixels, int[] labels, int n) {
        lock.lock();
        try {
            return mirror.encode(new Batch(pixels, n, labels));
        } finally {
            lock.unlock();
        }
    }
}
