package org.vaeexplorer.explore;

/** Images of one size laid out in a grid, row-major, as one image. */
public record ImageTiles(int rows, int cols, float[] pixels) {
    /**
     * Tiles {@code count} images of {@code rows x cols} pixels, stored one after the other in {@code images},
     * {@code columns} to a row; a last row that is not full stays blank (0).
     */
    public static ImageTiles of(float[] images, int count, int columns, int rows, int cols) {
        int size = rows * cols;
        if (images.length < count * size || columns < 1) {
            throw new IllegalArgumentException(images.length + " pixels for " + count + " images of " + rows + "x"
                    + cols + " in " + columns + " columns");
        }
        int gridRows = (count + columns - 1) / columns;
        int width = columns * cols;
        float[] out = new float[gridRows * rows * width];
        for (int n = 0; n < count; n++) {
            int ox = (n % columns) * cols;
            int oy = (n / columns) * rows;
            for (int r = 0; r < rows; r++) {
                System.arraycopy(images, n * size + r * cols, out, (oy + r) * width + ox, cols);
            }
        }
        return new ImageTiles(gridRows * rows, width, out);
    }

    /** Image {@code i} of {@code images} (each rows x cols). */
    public static float[] one(float[] images, int i, int rows, int cols) {
        float[] out = new float[rows * cols];
        System.arraycopy(images, i * out.length, out, 0, out.length);
        return out;
    }
}
