package org.vaeexplorer.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Turns grey-level images into JavaFX images: ink dark on a light ground, as the datasets are usually shown. */
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
        for (int i = 0; i < n; i++) {
            float v = Float.isNaN(p[i]) ? 0f : Math.max(0f, Math.min(1f, p[i]));
            int g = 255 - Math.round(v * 255f);
            argb[i] = 0xFF000000 | (g << 16) | (g << 8) | g;
        }
        target.getPixelWriter().setPixels(0, 0, image.cols(), image.rows(), PixelFormat.getIntArgbInstance(),
                argb, 0, image.cols());
    }
}
