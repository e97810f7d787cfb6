package org.vaeexplorer.explore;

import java.util.Arrays;
import org.vaeexplorer.data.Factors;

/**
 * A group of test images an attribute vector starts or ends at (Latent Space Cartography, Liu et al. 2019): the
 * images of one class, the images showing one value of a generating factor, or images picked one by one (a lasso on
 * the plane).
 *
 * @param factor the factor's index for {@link Kind#FACTOR}, else 0
 * @param value  the class for {@link Kind#CLASS}, the factor's value index for {@link Kind#FACTOR}, else 0
 * @param images the test images' indices for {@link Kind#IMAGES}, else empty
 */
public record ImageGroup(Kind kind, int factor, int value, int[] images) {
    /** How a group's images are chosen. */
    public enum Kind { CLASS, FACTOR, IMAGES }

    public ImageGroup {
        images = images == null ? new int[0] : images.clone();
    }

    public static ImageGroup ofClass(int label) {
        return new ImageGroup(Kind.CLASS, 0, label, new int[0]);
    }

    public static ImageGroup ofFactor(int factor, int value) {
        return new ImageGroup(Kind.FACTOR, factor, value, new int[0]);
    }

    public static ImageGroup ofImages(int[] images) {
        return new ImageGroup(Kind.IMAGES, 0, 0, images);
    }

    /**
     * The indices of {@code codes}' images in this group, in order; {@code factors} (the test images' factors, in
     * the same order) is read only by a factor's group, which is empty without them.
     */
    public int[] members(EncodedImages codes, Factors factors) {
        return switch (kind) {
            case CLASS -> java.util.stream.IntStream.range(0, codes.count())
                    .filter(i -> codes.labels()[i] == value).toArray();
            case FACTOR -> factors == null || factor < 0 || factor >= factors.sizes().length ? new int[0]
                    : java.util.stream.IntStream.range(0, Math.min(codes.count(), factors.count()))
                    .filter(i -> factors.values()[i][factor] == value).toArray();
            case IMAGES -> Arrays.stream(images).filter(i -> i >= 0 && i < codes.count()).distinct().sorted()
                    .toArray();
        };
    }

    @Override
    public int[] images() {
        return images.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageGroup g && kind == g.kind && factor == g.factor && value == g.value
                && Arrays.equals(images, g.images);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + 7 * factor + value) + Arrays.hashCode(images);
    }

    @Override
    public String toString() {
        return "ImageGroup[" + kind + ", factor " + factor + ", value " + value + ", " + images.length + " images]";
    }
}
