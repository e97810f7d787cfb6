package org.vaeexplorer.explore.overview;

/**
 * The encoded test set on a plane: image i at ({@code xy[2i]}, {@code xy[2i+1]}).
 *
 * @param explained for PCA the share of the variance along each of the two axes; empty for t-SNE, whose axes
 *                  have no meaning of their own
 */
public record LatentOverview(OverviewMethod method, int count, float[] xy, double[] explained) {
    public LatentOverview {
        if (xy.length != 2 * count) {
            throw new IllegalArgumentException(count + " points need " + 2 * count + " coordinates, got "
                    + xy.length);
        }
    }

    public float x(int i) {
        return xy[2 * i];
    }

    public float y(int i) {
        return xy[2 * i + 1];
    }

    /** The image whose dot is nearest to (x, y), or -1 when there are none. */
    public int nearest(double x, double y) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            double dx = xy[2 * i] - x;
            double dy = xy[2 * i + 1] - y;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
