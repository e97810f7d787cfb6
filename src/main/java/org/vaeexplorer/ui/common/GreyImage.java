package org.vaeexplorer.ui.common;

/**
 * An image in [0, 1] of one or three planes, row-major, planes one after another (red, green, blue for colour); what
 * view models hand to views to draw. Its channels are its values per pixel: a grey image has one, a colour one three.
 */
public record GreyImage(int rows, int cols, float[] pixels) {
    public GreyImage {
        if (pixels.length != rows * cols && pixels.length != 3 * rows * cols) {
            throw new IllegalArgumentException(pixels.length + " values for " + rows + "x" + cols
                    + " pixels of one or three channels");
        }
    }

    /** 1 for a grey image, 3 for a colour one. */
    public int channels() {
        return rows * cols == 0 ? 1 : pixels.length / (rows * cols);
    }
}
