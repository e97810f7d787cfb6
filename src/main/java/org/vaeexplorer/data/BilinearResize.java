package org.vaeexplorer.data;

/**
 * Resizes every image of a split to {@code side x side} by bilinear interpolation on pixel centres, the rule of
 * PIL's {@code Image.resize(..., BILINEAR)} when enlarging, which torchvision's {@code transforms.Resize(32)} calls
 * on MNIST in Dupont's JointVAE code: output pixel {@code o} samples the source at {@code (o + 0.5) * in / out -
 * 0.5}, weighting the two nearest source pixels by closeness, clamped at the border; the result is rounded to a
 * byte as PIL rounds it. Shrinking by this rule would skip pixels (PIL widens its filter then), so it is refused:
 * picture folders shrink through their own import, which averages.
 */
public final class BilinearResize {
    private BilinearResize() {
    }

    /** {@code split}'s images at {@code side x side}, each channel plane on its own; the same split if already so. */
    public static ImageDataset toSide(ImageDataset split, int side) {
        if (split.rows() == side && split.cols() == side) {
            return split;
        }
        if (side < split.rows() || side < split.cols()) {
            throw new IllegalArgumentException(split.name() + ": images of " + split.rows() + "x" + split.cols()
                    + " are enlarged here, not shrunk to " + side + "x" + side);
        }
        Taps rowTaps = Taps.of(split.rows(), side);
        Taps colTaps = Taps.of(split.cols(), side);
        byte[] in = split.sharedPixels();
        int planeIn = split.rows() * split.cols();
        int planeOut = side * side;
        int planes = split.size() * split.channels();
        byte[] out = new byte[planes * planeOut];
        for (int p = 0; p < planes; p++) {
            int from = p * planeIn;
            int to = p * planeOut;
            for (int r = 0; r < side; r++) {
                int r0 = from + rowTaps.low[r] * split.cols();
                int r1 = from + rowTaps.high[r] * split.cols();
                double wr = rowTaps.weight[r];
                for (int c = 0; c < side; c++) {
                    double top = mix(in[r0 + colTaps.low[c]], in[r0 + colTaps.high[c]], colTaps.weight[c]);
                    double bottom = mix(in[r1 + colTaps.low[c]], in[r1 + colTaps.high[c]], colTaps.weight[c]);
                    out[to + r * side + c] = (byte) Math.min(255, (int) Math.round(top + (bottom - top) * wr));
                }
            }
        }
        return new ImageDataset(split.name(), side, side, split.channels(), out, split.labels(), split.classNames());
    }

    private static double mix(byte a, byte b, double towardB) {
        int x = a & 0xFF;
        return x + ((b & 0xFF) - x) * towardB;
    }

    /** For each output index, the two source indices it falls between and the weight of the higher one. */
    private record Taps(int[] low, int[] high, double[] weight) {
        static Taps of(int in, int out) {
            int[] low = new int[out];
            int[] high = new int[out];
            double[] weight = new double[out];
            for (int o = 0; o < out; o++) {
                double at = Math.max(0, Math.min(in - 1, (o + 0.5) * in / out - 0.5));
                low[o] = (int) Math.floor(at);
                high[o] = Math.min(in - 1, low[o] + 1);
                weight[o] = at - low[o];
            }
            return new Taps(low, high, weight);
        }
    }
}
