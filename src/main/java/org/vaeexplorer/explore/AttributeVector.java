package org.vaeexplorer.explore;

import java.util.Arrays;
import org.vaeexplorer.data.Factors;

/**
 * An attribute vector (Latent Space Cartography, Liu et al., EuroVis 2019; White 2016, "Sampling generative
 * networks"): the difference d = m_to - m_from of the mean codes of two groups of images, each mean the average of
 * the group's posterior means E[z|x]. A code's coordinate along it is t(z) = (z - m_from) . d / (d . d): 0 at the
 * first group's mean code, 1 at the second's, the same for every code whatever its other directions.
 *
 * @param name     what the user called it (empty until named)
 * @param fromMean m_from, one value per continuous latent dimension
 * @param toMean   m_to
 */
public record AttributeVector(String name, ImageGroup from, ImageGroup to, float[] fromMean, float[] toMean) {
    public AttributeVector {
        name = name == null ? "" : name;
        fromMean = fromMean.clone();
        toMean = toMean.clone();
        if (fromMean.length != toMean.length) {
            throw new IllegalArgumentException("mean codes of " + fromMean.length + " and " + toMean.length
                    + " dimensions");
        }
    }

    /**
     * The vector from the mean code of {@code from}'s images to that of {@code to}'s among {@code codes};
     * {@code factors} as {@link ImageGroup#members} reads them.
     *
     * @throws IllegalArgumentException when a group has no image among the codes
     */
    public static AttributeVector between(String name, ImageGroup from, ImageGroup to, EncodedImages codes,
                                          Factors factors) {
        return new AttributeVector(name, from, to, meanCode(codes, from.members(codes, factors)),
                meanCode(codes, to.members(codes, factors)));
    }

    /** The average of the posterior means of {@code images}. */
    static float[] meanCode(EncodedImages codes, int[] images) {
        if (images.length == 0) {
            throw new IllegalArgumentException("a group without images has no mean code");
        }
        double[] sum = new double[codes.dim()];
        for (int i : images) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += codes.mu(i, d);
            }
        }
        float[] mean = new float[sum.length];
        for (int d = 0; d < sum.length; d++) {
            mean[d] = (float) (sum[d] / images.length);
        }
        return mean;
    }

    /** d = m_to - m_from. */
    public float[] direction() {
        float[] d = new float[toMean.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = toMean[k] - fromMean[k];
        }
        return d;
    }

    /** |d|^2; 0 when both groups have the same mean code, which gives no direction to move along. */
    public double squaredLength() {
        double s = 0;
        for (float v : direction()) {
            s += (double) v * v;
        }
        return s;
    }

    /** Whether the vector has a direction: the two mean codes differ. */
    public boolean hasDirection() {
        return squaredLength() > 0;
    }

    /** t(z) = (z - m_from) . d / (d . d); NaN without a direction or for a code of other dimensions. */
    public double coordinate(float[] z) {
        double length = squaredLength();
        if (z.length != fromMean.length || length == 0) {
            return Double.NaN;
        }
        float[] d = direction();
        double dot = 0;
        for (int k = 0; k < d.length; k++) {
            dot += ((double) z[k] - fromMean[k]) * d[k];
        }
        return dot / length;
    }

    /** Every code's coordinate, in order. */
    public double[] coordinates(EncodedImages codes) {
        double[] t = new double[codes.count()];
        for (int i = 0; i < t.length; i++) {
            t[i] = coordinate(codes.code(i));
        }
        return t;
    }

    /** {@code z} moved along d until its coordinate is {@code t}: z + (t - t(z)) d; its other directions stay. */
    public float[] movedTo(float[] z, double t) {
        double now = coordinate(z);
        if (Double.isNaN(now)) {
            return z.clone();
        }
        float[] d = direction();
        float[] moved = new float[z.length];
        for (int k = 0; k < z.length; k++) {
            moved[k] = (float) (z[k] + (t - now) * d[k]);
        }
        return moved;
    }

    public AttributeVector named(String newName) {
        return new AttributeVector(newName, from, to, fromMean, toMean);
    }

    /** Whether {@code other} is the same vector from the same groups (its name aside). */
    public boolean sameAs(AttributeVector other) {
        return other != null && from.equals(other.from) && to.equals(other.to)
                && Arrays.equals(fromMean, other.fromMean) && Arrays.equals(toMean, other.toMean);
    }

    @Override
    public float[] fromMean() {
        return fromMean.clone();
    }

    @Override
    public float[] toMean() {
        return toMean.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeVector v && name.equals(v.name) && sameAs(v);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(toMean) + 7 * Arrays.hashCode(fromMean);
    }

    @Override
    public String toString() {
        return "AttributeVector[" + name + ": " + from + " -> " + to + "]";
    }
}
