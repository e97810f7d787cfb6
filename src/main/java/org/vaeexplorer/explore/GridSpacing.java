package org.vaeexplorer.explore;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Where the manifold grid's rows and columns sit along a latent axis. */
public enum GridSpacing {
    /** Evenly spaced over [-extent, extent]. */
    LINEAR("Linear"),
    /**
     * The standard normal's quantiles at (i + 0.5) / n, as in Kingma and Welling (2014, fig. 4): each cell covers
     * the same prior probability, so the grid is dense where the codes are.
     */
    GAUSSIAN_QUANTILE("Gaussian quantiles");

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    private final String label;

    GridSpacing(String label) {
        this.label = label;
    }

    /** {@code n} ascending positions; {@code extent} is used by {@link #LINEAR} only. */
    public double[] positions(int n, double extent) {
        if (n < 1) {
            throw new IllegalArgumentException("a grid needs at least one row, got " + n);
        }
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = switch (this) {
                case LINEAR -> n == 1 ? 0 : -extent + 2 * extent * i / (n - 1);
                case GAUSSIAN_QUANTILE -> STANDARD_NORMAL.inverseCumulativeProbability((i + 0.5) / n);
            };
        }
        return p;
    }

    @Override
    public String toString() {
        return label;
    }
}
