package org.vaeexplorer.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Turns images into JavaFX images: grey ones ink dark on a light ground, as the datasets are usually shown, colour
 * ones as they are.
 */
public final class FxImages {
    private FxImages() {
    }

    public static WritableImage toImage(GreyImage image) {
        WritableImage out = new WritableImage(image.cols(), image.rows());
        write(image, out);
        return out;
    }

    /** Writes into an existing image of the same size, so live views reuse one buffer. */
    public static void write(GreyImage image, WritableImage target) {
        int n = image.rows() * image.cols();
        int[] argb = new int[n];
        float[] p = image.pixels();
        if (image.channels() == 3) {
            for (int i = 0; i < n; i++) {
                argb[i] = 0xFF000000 | (level(p[i]) << 16) | (level(p[n + i]) << 8) | level(p[2 * n + i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                int g = 255 - level(p[i]);
                argb[i] = 0xFF000000 | (g << 16) | (g << 8) | g;
            }
        }
        target.getPixelWriter().setPixels(0, 0, image.cols(), image.rows(), PixelFormat.getIntArgbInstance(),
                argb, 0, image.cols());
    }

    private static int level(float v) {
        return Math.round((Float.isNaN(v) ? 0f : Math.max(0f, Math.min(1f, v))) * 255f);
    }
}
