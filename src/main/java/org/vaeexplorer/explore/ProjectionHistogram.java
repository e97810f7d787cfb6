package org.vaeexplorer.explore;

import java.util.Arrays;
import org.vaeexplorer.data.Factors;

/**
 * The test set projected on an attribute vector, as a histogram per group: Latent Space Cartography's check of how
 * well a vector separates its two groups (Liu et al. 2019, sec. 5). Each image's coordinate t along the vector
 * ({@link AttributeVector#coordinate}: 0 at the first group's mean code, 1 at the second's) falls into one of
 * {@code bins} equal bins over [min, max], which hold every image's coordinate (and both means, t = 0 and 1).
 *
 * @param from       counts per bin of the first group's images
 * @param to         counts per bin of the second group's
 * @param others     counts per bin of the test images in neither group
 * @param fromMean   the mean coordinate of the first group's images (0 when they are the images that defined it)
 * @param toMean     the mean coordinate of the second group's images
 * @param separated  the share of the two groups' images on their own group's side of t = 1/2, 0..1
 */
public record ProjectionHistogram(double min, double max, int[] from, int[] to, int[] others, double fromMean,
                                  double toMean, double separated) {
    /** The histogram of {@code codes} along {@code vector} in {@code bins} bins, its groups' images counted apart. */
    public static ProjectionHistogram of(AttributeVector vector, EncodedImages codes, Factors factors, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs a bin, got " + bins);
        }
        double[] t = vector.coordinates(codes);
        int[] fromImages = vector.from().members(codes, factors);
        int[] toImages = vector.to().members(codes, factors);
        double[] range = range(t);
        double min = range[0];
        double max = range[1];
        int[] group = new int[t.length];
        for (int i : fromImages) {
            group[i] = 1;
        }
        for (int i : toImages) {
            group[i] = group[i] == 1 ? 3 : 2;
        }
        int[][] counts = new int[3][bins];
        for (int i = 0; i < t.length; i++) {
            int bin = (int) Math.floor((t[i] - min) / (max - min) * bins);
            bin = Math.max(0, Math.min(bins - 1, bin));
            if (group[i] == 0) {
                counts[2][bin]++;
            }
            if ((group[i] & 1) != 0) {
                counts[0][bin]++;
            }
            if ((group[i] & 2) != 0) {
                counts[1][bin]++;
            }
        }
        double fromMean = mean(t, fromImages);
        double toMean = mean(t, toImages);
        long right = Arrays.stream(fromImages).filter(i -> t[i] < 0.5).count()
                + Arrays.stream(toImages).filter(i -> t[i] >= 0.5).count();
        int both = fromImages.length + toImages.length;
        return new ProjectionHistogram(min, max, counts[0], counts[1], counts[2], fromMean, toMean,
                both == 0 ? Double.NaN : right / (double) both);
    }

    /**
     * Every coordinate and both means (0 and 1), with a margin. (Cutting the 0.5% tails to spread the bulk piled
     * them into the end bins, which then read as a peak at the edge.)
     */
    static double[] range(double[] t) {
        double lo = Math.min(0, Arrays.stream(t).filter(Double::isFinite).min().orElse(0));
        double hi = Math.max(1, Arrays.stream(t).filter(Double::isFinite).max().orElse(1));
        double margin = 0.03 * (hi - lo);
        return new double[] {lo - margin, hi + margin};
    }

    private static double mean(double[] t, int[] images) {
        return images.length == 0 ? Double.NaN : Arrays.stream(images).mapToDouble(i -> t[i]).average().orElseThrow();
    }

    public int bins() {
        return from.length;
    }

    /** The largest count of one group in one bin, the height the bars are scaled to. */
    public int tallest() {
        int most = 0;
        for (int b = 0; b < bins(); b++) {
            most = Math.max(most, Math.max(from[b], Math.max(to[b], others[b])));
        }
        return most;
    }

    /** The lower edge of bin {@code b}. */
    public double edge(int b) {
        return min + (max - min) * b / bins();
    }
}
