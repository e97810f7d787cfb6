package org.vaeexplorer.explore;

/**
 * Resizes grey-level rasters by area averaging (a box filter): each output pixel is the mean of the source area it
 * covers, partial source pixels weighted by how much of them it covers. Shrinking a hard-edged drawing this way gives
 * the grey edges of an anti-aliased one, and the total ink per unit area is kept.
 */
public final class Resample {
    private Resample() {
    }

    /** {@code src} ({@code sw x sh}, row-major) resized to {@code dw x dh}. */
    public static float[] area(float[] src, int sw, int sh, int dw, int dh) {
        float[][] wx = weights(sw, dw);
        float[][] wy = weights(sh, dh);
        // Separable: first along x (sh x dw), then along y (dh x dw).
        float[] rows = new float[sh * dw];
        for (int y = 0; y < sh; y++) {
            for (int o = 0; o < dw; o++) {
                float[] w = wx[o];
                int first = (int) w[0];
                double sum = 0;
                for (int k = 1; k < w.length; k++) {
                    sum += w[k] * src[y * sw + first + k - 1];
                }
                rows[y * dw + o] = (float) sum;
            }
        }
        float[] out = new float[dh * dw];
        for (int o = 0; o < dh; o++) {
            float[] w = wy[o];
            int first = (int) w[0];
            for (int x = 0; x < dw; x++) {
                double sum = 0;
                for (int k = 1; k < w.length; k++) {
                    sum += w[k] * rows[(first + k - 1) * dw + x];
                }
                out[o * dw + x] = (float) sum;
            }
        }
        return out;
    }

    /**
     * For each output index o, the source interval it covers is [o f, (o + 1) f) with f = source / dest; returns
     * {first source index, weight of first, weight of next, ...}, the weights being overlap / f (they sum to 1).
     */
    private static float[][] weights(int source, int dest) {
        double f = source / (double) dest;
        float[][] out = new float[dest][];
        for (int o = 0; o < dest; o++) {
            double a = o * f;
            double b = Math.min(source, (o + 1) * f);
            int first = (int) Math.floor(a);
            int last = Math.min(source - 1, (int) Math.ceil(b) - 1);
            float[] w = new float[last - first + 2];
            w[0] = first;
            for (int k = first; k <= last; k++) {
                w[k - first + 1] = (float) ((Math.min(b, k + 1) - Math.max(a, k)) / f);
            }
            out[o] = w;
        }
        return out;
    }
}
