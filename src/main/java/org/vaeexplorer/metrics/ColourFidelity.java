package org.vaeexplorer.metrics;

/**
 * Whether reconstructions keep each image's colour, as one number: a model can reconstruct every shape in the right
 * place and size and still paint it grey (issue 31's conv VAEs on {@code shapes}), which a NELBO alone does not show.
 *
 * <p>For each image, the mean of the opponent differences red minus green and green minus blue over its ink (the
 * pixels whose brightest channel in the original reaches {@link #INK}), in the original and in the reconstruction;
 * then, for each difference, Pearson's correlation across the images between original and reconstruction; the
 * mean of the two. 1: every image's hue comes back; about 0: none does (grey, or one tint for all); negative:
 * channels swapped. Reconstructions without any variation across images (all grey) give 0. Colour images are
 * channel-planar (red plane, green plane, blue plane), as {@code ImageDataset} stores them.
 */
public final class ColourFidelity {
    /** The brightest channel's value from which a pixel counts as the image's ink rather than its background. */
    public static final float INK = 0.2f;

    private ColourFidelity() {
    }

    /**
     * @param originals       {@code count} colour images of {@code rows x cols}, values in [0, 1]
     * @param reconstructions their reconstructions, laid out the same way
     * @return the mean correlation, in [-1, 1]; NaN when the originals' colours do not vary (nothing to keep)
     */
    public static double of(float[] originals, float[] reconstructions, int count, int rows, int cols) {
        int plane = rows * cols;
        if (originals.length < count * 3 * plane || reconstructions.length < count * 3 * plane) {
            throw new IllegalArgumentException("fewer values than " + count + " colour images of " + rows + "x" + cols);
        }
        double[][] original = new double[2][count];
        double[][] kept = new double[2][count];
        for (int i = 0; i < count; i++) {
            int base = i * 3 * plane;
            int ink = 0;
            for (int p = 0; p < plane; p++) {
                int r = base + p;
                int g = r + plane;
                int b = g + plane;
                if (Math.max(originals[r], Math.max(originals[g], originals[b])) < INK) {
                    continue;
                }
                ink++;
                original[0][i] += originals[r] - originals[g];
                original[1][i] += originals[g] - originals[b];
                kept[0][i] += reconstructions[r] - reconstructions[g];
                kept[1][i] += reconstructions[g] - reconstructions[b];
            }
            for (int axis = 0; axis < 2; axis++) {
                original[axis][i] /= Math.max(ink, 1);
                kept[axis][i] /= Math.max(ink, 1);
            }
        }
        return (correlation(original[0], kept[0]) + correlation(original[1], kept[1])) / 2;
    }

    /** Pearson's r; NaN when {@code x} does not vary, 0 when only {@code y} does not. */
    private static double correlation(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx < 1e-12) {
            return Double.NaN;
        }
        return syy < 1e-12 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
