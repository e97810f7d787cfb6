package org.vaeexplorer.explore;

/**
 * Turns a drawing into a model input the way MNIST's digits were made (LeCun, Cortes and Burges, "The MNIST
 * database"): the digit's bounding box is scaled to fit a 20x20 box with its aspect ratio kept, by area averaging, so
 * the hard-edged strokes get grey edges as the anti-aliased originals did; the result is then placed in the 28x28
 * frame so that its centre of mass lies at the frame's centre. For frames of other sizes the box keeps the ratio
 * 20/28.
 *
 * <p>Rasters are row-major, ink in [0, 1] (1 = full ink, as the model inputs are), {@code width x height} values.
 */
public final class DigitFraming {
    /** MNIST's frame and the box the digit is fitted into. */
    public static final int MNIST_FRAME = 28;
    static final int MNIST_BOX = 20;
    /**
     * Ink below this does not count towards the bounding box: a faint speck or an anti-aliasing fringe far from the
     * digit would otherwise shrink it.
     */
    static final float INK = 0.1f;

    private DigitFraming() {
    }

    /** A {@code frame x frame} input from a boolean raster (true = ink). */
    public static float[] frame(boolean[] mask, int width, int height, int frame) {
        float[] raster = new float[mask.length];
        for (int i = 0; i < mask.length; i++) {
            raster[i] = mask[i] ? 1f : 0f;
        }
        return frame(raster, width, height, frame);
    }

    /**
     * A {@code frame x frame} input in [0, 1] from a raster of ink. An empty drawing (no pixel reaches {@link #INK})
     * gives an all-zero frame, which is also what an empty MNIST-style frame would be.
     */
    public static float[] frame(float[] raster, int width, int height, int frame) {
        if (raster.length != width * height) {
            throw new IllegalArgumentException(raster.length + " values for a " + width + "x" + height + " raster");
        }
        float[] out = new float[frame * frame];
        int[] box = inkBounds(raster, width, height);
        if (box == null) {
            return out;
        }
        int bw = box[2] - box[0];
        int bh = box[3] - box[1];
        int fit = Math.max(1, Math.round(frame * (float) MNIST_BOX / MNIST_FRAME));
        // The longer side becomes the box's side; the shorter keeps the aspect ratio (at least one pixel).
        double scale = fit / (double) Math.max(bw, bh);
        int w = Math.max(1, Math.min(fit, (int) Math.round(bw * scale)));
        int h = Math.max(1, Math.min(fit, (int) Math.round(bh * scale)));
        float[] fitted = Resample.area(crop(raster, width, box), bw, bh, w, h);
        // The fitted digit's centre of mass goes to the frame's centre, frame / 2. The shift is whole pixels, as
        // MNIST's was: a sub-pixel shift would blur the digit once more.
        double[] centre = centreOfMass(fitted, w, h);
        int ox = (int) Math.round(frame / 2.0 - centre[0]);
        int oy = (int) Math.round(frame / 2.0 - centre[1]);
        for (int y = 0; y < h; y++) {
            int ty = y + oy;
            if (ty < 0 || ty >= frame) {
                continue;
            }
            for (int x = 0; x < w; x++) {
                int tx = x + ox;
                if (tx >= 0 && tx < frame) {
                    out[ty * frame + tx] = Math.max(0f, Math.min(1f, fitted[y * w + x]));
                }
            }
        }
        return out;
    }

    /** The centre of mass (x, y) of a raster, pixel centres at i + 0.5; NaN for an empty one. */
    public static double[] centreOfMass(float[] raster, int width, int height) {
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = raster[y * width + x];
                mass += v;
                mx += v * (x + 0.5);
                my += v * (y + 0.5);
            }
        }
        return new double[] {mx / mass, my / mass};
    }

    /** Whether any pixel carries ink (at least {@link #INK}). */
    public static boolean hasInk(float[] raster) {
        for (float v : raster) {
            if (v >= INK) {
                return true;
            }
        }
        return false;
    }

    /** {x0, y0, x1, y1} (end exclusive) of the pixels with ink, or null when there are none. */
    static int[] inkBounds(float[] raster, int width, int height) {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (raster[y * width + x] >= INK) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1 + 1, y1 + 1};
    }

    private static float[] crop(float[] raster, int width, int[] box) {
        int bw = box[2] - box[0];
        int bh = box[3] - box[1];
        float[] out = new float[bw * bh];
        for (int y = 0; y < bh; y++) {
            System.arraycopy(raster, (box[1] + y) * width + box[0], out, y * bw, bw);
        }
        return out;
    }
}
