package org.vaeexplorer.model;

import org.vaeexplorer.model.family.StructuredOutputCvae;

/**
 * Which 2x2 quadrants of an image are given (the rest is to be completed), as a 4-bit set: bit 0 top-left, bit 1
 * top-right, bit 2 bottom-left, bit 3 bottom-right. The 15 non-trivial masks are the sets 0..14 (all four given
 * leaves nothing to complete). For an odd side the middle row or column belongs to the bottom or right half.
 */
public final class QuadrantMask {
    public static final int TOP_LEFT = 1;
    public static final int TOP_RIGHT = 2;
    public static final int BOTTOM_LEFT = 4;
    public static final int BOTTOM_RIGHT = 8;
    /** Number of masks with at least one quadrant to complete. */
    public static final int NON_TRIVIAL = 15;

    private QuadrantMask() {
    }

    /** Pyro's fixed mask for {@code count} given quadrants: bottom-left; the left half; all but bottom-right. */
    public static int pyro(int count) {
        return switch (count) {
            case 1 -> BOTTOM_LEFT;
            case 2 -> TOP_LEFT | BOTTOM_LEFT;
            case 3 -> TOP_LEFT | TOP_RIGHT | BOTTOM_LEFT;
            default -> throw new IllegalArgumentException("Pyro's masks give 1, 2 or 3 quadrants, not " + count);
        };
    }

    /** The set of the quadrants flagged in {@code given} (top-left, top-right, bottom-left, bottom-right). */
    public static int of(boolean[] given) {
        if (given.length != 4) {
            throw new IllegalArgumentException("a 2x2 mask has 4 quadrants, got " + given.length);
        }
        int set = 0;
        for (int q = 0; q < 4; q++) {
            set |= given[q] ? 1 << q : 0;
        }
        return set;
    }

    /** 1 where the pixel is given, 0 where it is to be completed, row-major. */
    public static float[] pixels(int set, int rows, int cols) {
        float[] m = new float[rows * cols];
        fill(m, 0, set, rows, cols);
        return m;
    }

    /** Writes the mask of {@code set} into {@code target} at {@code offset}. */
    public static void fill(float[] target, int offset, int set, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int q = (r < rows / 2 ? 0 : 2) + (c < cols / 2 ? 0 : 1);
                target[offset + r * cols + c] = (set >> q & 1) == 1 ? 1f : 0f;
            }
        }
    }

    /**
     * The masks of a batch of {@code n} images for a model's setting: its fixed Pyro mask, or one of the 15
     * non-trivial masks per image drawn from {@code noise} (so a seeded run draws the same masks again).
     */
    public static float[] forBatch(ModelSpec spec, int n, NoiseSource noise) {
        int count = StructuredOutputCvae.settings(spec).givenQuadrants();
        float[] m = new float[n * spec.pixels()];
        float[] u = new float[n];
        if (count == 0) {
            noise.fillUniform(u);
        }
        for (int i = 0; i < n; i++) {
            int set = count == 0 ? Math.min(NON_TRIVIAL - 1, (int) (u[i] * NON_TRIVIAL)) : pyro(count);
            fill(m, i * spec.pixels(), set, spec.rows(), spec.cols());
        }
        return m;
    }
}
