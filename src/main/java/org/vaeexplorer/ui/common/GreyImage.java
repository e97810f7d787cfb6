package org.vaeexplorer.ui.common;

/** A grey-level image in [0, 1], row-major; what view models hand to views to draw. */
public record GreyImage(int rows, int cols, float[] pixels) {
    public GreyImage {
        if (pixels.length != rows * cols) {
            throw new IllegalArgumentException(pixels.length + " pixels for " + rows + "x" + cols);
        }
    }
}
