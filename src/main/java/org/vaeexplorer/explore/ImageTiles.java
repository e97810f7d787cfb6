package org.vaeexplorer.explore;

/**
 * Images of one size laid out in a grid, row-major, as one image; colour images as one image of three planes (the
 * tiled red plane, then green, then blue), as each image holds its own.
 */
public record ImageTiles(int rows, int cols, float[] pixels) {
    /**
     * Tiles {@code count} grey images of {@code rows x cols} pixels, stored one after the other in {@code images},
     * {@code columns} to a row; a last row that is not full stays blank (0).
     */
    public static ImageTiles of(float[] images, int count, int columns, int rows, int cols) {
        return of(images, count, columns, rows, cols, 1);
    }

    /** As {@link #of(float[], int, int, int, int)}, for images of {@code channels} planes each. */
    public static ImageTiles of(float[] images, int count, int columns, int rows, int cols, int channels) {
        int plane = rows * cols;
        int size = plane * channels;
        if (images.length < count * size || columns < 1 || channels < 1) {
            throw new IllegalArgumentException(images.length + " values for " + count + " images of " + rows + "x"
                    + cols + "x" + channels + " in " + columns + " columns");
        }
        int gridRows = (count + columns - 1) / columns;
        int width = columns * cols;
        int tiledPlane = gridRows * rows * width;
        float[] out = new float[channels * tiledPlane];
        for (int n = 0; n < count; n++) {
            int ox = (n % columns) * cols;
            int oy = (n / columns) * rows;
            for (int ch = 0; ch < channels; ch++) {
                for (int r = 0; r < rows; r++) {
                    System.arraycopy(images, n * size + ch * plane + r * cols, out,
                            ch * tiledPlane + (oy + r) * width + ox, cols);
                }
            }
        }
        return new ImageTiles(gridRows * rows, width, out);
    }

    /** Image {@code i} of {@code images} (each rows x cols, grey). */
    public static float[] one(float[] images, int i, int rows, int cols) {
        return one(images, i, rows, cols, 1);
    }

    /** Image {@code i} of {@code images}, each of {@code channels} planes of rows x cols. */
    public static float[] one(float[] images, int i, int rows, int cols, int channels) {
        float[] out = new float[rows * cols * channels];
        System.arraycopy(images, i * out.length, out, 0, out.length);
        return out;
    }
}
