package org.vaeexplorer.cli;

import java.util.Locale;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.metrics.ColourFidelity;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.VaeModel;

/**
 * {@code eval}'s {@code colour_correlation=} for a colour model ({@link ColourFidelity}: whether the reconstructions
 * from the posterior means keep each test image's hue), so that a run that learnt where the shapes are but paints
 * them grey (issue 31) is told apart from one that keeps their colours without looking at its pictures.
 */
final class ColourEval {
    private static final int BATCH = 200;

    private ColourEval() {
    }

    /** Prints {@code colour_correlation=} for colour test images; prints nothing for grey ones. */
    static void printIfColour(VaeModel model, ImageDataset test, PixelScaling scaling) {
        if (test.channels() != 3 || test.size() == 0) {
            return;
        }
        int n = test.size();
        float[] originals = new float[n * test.pixelsPerImage()];
        float[] reconstructions = new float[originals.length];
        for (int from = 0; from < n; from += BATCH) {
            int[] indices = new int[Math.min(BATCH, n - from)];
            int[] labels = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = from + i;
                labels[i] = test.label(from + i);
            }
            float[] pixels = test.batch(indices, scaling);
            float[] back = model.reconstruct(new Batch(pixels, indices.length, labels));
            System.arraycopy(pixels, 0, originals, from * test.pixelsPerImage(), pixels.length);
            System.arraycopy(back, 0, reconstructions, from * test.pixelsPerImage(), back.length);
        }
        System.out.printf(Locale.ROOT, "colour_correlation=%.4f%n",
                ColourFidelity.of(originals, reconstructions, n, test.rows(), test.cols()));
    }
}
