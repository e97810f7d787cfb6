package org.vaeexplorer.run.samples;

import java.util.SplittableRandom;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;

/**
 * The images a person watches sharpen during training: a fixed set of test images next to their
 * reconstructions, and decodes of fixed prior samples z ~ N(0, I) (with cycling labels and categories), so that
 * successive epochs show the same inputs and codes.
 */
public final class SampleGrids {
    /**
     * Originals, reconstructions and prior samples, each {@code count} images of rows x cols x channels floats
     * (channel-planar, as the datasets hold them).
     */
    public record Grids(int count, int rows, int cols, float[] originals, float[] reconstructions, float[] samples,
                        int channels) {
        /** Grey images. */
        public Grids(int count, int rows, int cols, float[] originals, float[] reconstructions, float[] samples) {
            this(count, rows, cols, originals, reconstructions, samples, 1);
        }

        /** Height of {@link #composite()}: three bands of one image row each. */
        public int compositeRows() {
            return 3 * rows;
        }

        public int compositeCols() {
            return count * cols;
        }

        /**
         * One image, three bands: test images, their reconstructions, prior samples; row-major, in [0, 1], one
         * plane per channel.
         */
        public float[] composite() {
            int w = compositeCols();
            int plane = compositeRows() * w;
            float[] out = new float[channels * plane];
            float[][] bands = {originals, reconstructions, samples};
            for (int band = 0; band < 3; band++) {
                for (int n = 0; n < count; n++) {
                    for (int ch = 0; ch < channels; ch++) {
                        int from = (n * channels + ch) * rows * cols;
                        for (int r = 0; r < rows; r++) {
                            System.arraycopy(bands[band], from + r * cols, out,
                                    ch * plane + (band * rows + r) * w + n * cols, cols);
                        }
                    }
                }
            }
            return out;
        }
    }

    /** The grids as they were after {@code epoch} epochs (0: before training). */
    public record EpochFrame(int epoch, Grids grids) {
    }

    private final int[] testIndices;
    private final float[] priorZ;
    private final int count;

    public SampleGrids(ImageDataset test, ModelSpec spec, int count, long seed) {
        this.count = Math.min(count, test.size());
        SplittableRandom r = new SplittableRandom(seed);
        testIndices = new int[this.count];
        for (int i = 0; i < this.count; i++) {
            testIndices[i] = r.nextInt(test.size());
        }
        priorZ = new float[this.count * spec.latentDim()];
        double scale = spec.capabilities().priorScale();
        for (int i = 0; i < priorZ.length; i++) {
            priorZ[i] = (float) (scale * r.nextGaussian());
        }
    }

    /** Runs on the training thread, between batches; returns copies safe to hand to the UI. */
    public Grids render(VaeModel model, ImageDataset test, PixelScaling scaling) {
        ModelSpec spec = model.spec();
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = test.label(testIndices[i]);
        }
        float[] originals = test.batch(testIndices, scaling);
        float[] recon = model.reconstruct(new Batch(originals, count, labels));
        // Sample i shows category i (mod its size) of every discrete latent, and class i (mod the class count).
        LatentCodes.Builder in = LatentCodes.builder(spec, count).continuous(priorZ);
        for (int i = 0; i < count; i++) {
            int[] chosen = new int[spec.categories().size()];
            for (int l = 0; l < chosen.length; l++) {
                chosen[l] = i % spec.categories().get(l);
            }
            in.choose(i, chosen, i % spec.numClasses());
        }
        float[] samples = model.decode(in.build());
        return new Grids(count, test.rows(), test.cols(), originals, recon, samples, test.channels());
    }
}
