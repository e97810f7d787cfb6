package org.vaeexplorer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.ColourShapes;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;

/**
 * {@link ColourFidelity} on the coloured shapes: their own colours kept give 1, at any brightness; grey, one tint for
 * every image, or each image painted in another image's colours do not.
 */
class ColourFidelityTest {
    private static final int N = 100;
    private static final int SIDE = ColourShapes.SIDE;
    private static final int PLANE = SIDE * SIDE;

    private static float[] shapes() {
        ImageDataset train = ColourShapes.generate(3, N / ColourShapes.CLASSES.size(), 0).train();
        int[] all = new int[N];
        for (int i = 0; i < N; i++) {
            all[i] = i;
        }
        return train.batch(all, PixelScaling.GREY);
    }

    @Test
    void theImagesThemselvesAndDimmerCopiesKeepEveryColour() {
        float[] x = shapes();
        assertEquals(1, ColourFidelity.of(x, x, N, SIDE, SIDE), 1e-9);
        float[] dim = x.clone();
        for (int i = 0; i < dim.length; i++) {
            dim[i] *= 0.5f;
        }
        assertEquals(1, ColourFidelity.of(x, dim, N, SIDE, SIDE), 1e-6);
    }

    @Test
    void greyOrOneTintForAllKeepsNone() {
        float[] x = shapes();
        float[] grey = new float[x.length];
        float[] tinted = new float[x.length];
        for (int i = 0; i < N; i++) {
            for (int p = 0; p < PLANE; p++) {
                int r = i * 3 * PLANE + p;
                float mean = (x[r] + x[r + PLANE] + x[r + 2 * PLANE]) / 3;
                for (int c = 0; c < 3; c++) {
                    grey[r + c * PLANE] = mean;
                    tinted[r + c * PLANE] = Math.min(1, mean + (c == 0 && mean > 0 ? 0.2f : 0));
                }
            }
        }
        assertEquals(0, ColourFidelity.of(x, grey, N, SIDE, SIDE), 1e-9);
        assertEquals(0, ColourFidelity.of(x, tinted, N, SIDE, SIDE), 0.15,
                "the same red tint on every shape says nothing of each one's hue");
    }

    @Test
    void anotherImagesColoursAreNotThisImagesColours() {
        float[] x = shapes();
        float[] shifted = new float[x.length];
        System.arraycopy(x, 3 * PLANE, shifted, 0, x.length - 3 * PLANE);
        System.arraycopy(x, 0, shifted, x.length - 3 * PLANE, 3 * PLANE);
        double r = ColourFidelity.of(x, shifted, N, SIDE, SIDE);
        assertTrue(Math.abs(r) < 0.4, "independent hues correlate by chance only, got " + r);
    }

    @Test
    void greyOriginalsHaveNoColourToKeep() {
        float[] grey = new float[N * 3 * PLANE];
        java.util.Arrays.fill(grey, 0.6f);
        assertTrue(Double.isNaN(ColourFidelity.of(grey, grey, N, SIDE, SIDE)));
    }
}
