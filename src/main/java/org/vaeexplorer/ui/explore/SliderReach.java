package org.vaeexplorer.ui.explore;

/**
 * How far a continuous latent's slider reaches. It covers the prior's 5%-95% range, and further when the point lies
 * beyond it (dragged on the plane, a test image's code): a slider pinned at its end would show a point that is not
 * there. The reach is rounded up to half units so that it does not change with every move of the point.
 */
final class SliderReach {
    /** The standard normal's 5%-95% quantiles: +-1.645 (a prior N(0, s^2) has them at +-1.645 s). */
    static final double PRIOR = 1.645;

    private SliderReach() {
    }

    /**
     * The half-range of a slider that shows {@code value}: at least the prior's (of standard deviation
     * {@code scale}), else |value| to the next half.
     */
    static double of(double value, double scale) {
        double magnitude = Math.abs(value);
        double prior = PRIOR * scale;
        return magnitude <= prior || !Double.isFinite(magnitude) ? prior : Math.ceil(magnitude * 2) / 2;
    }

    /** Whether {@code value} lies outside the 5%-95% range of a prior of standard deviation {@code scale}. */
    static boolean beyondPrior(double value, double scale) {
        return Math.abs(value) > PRIOR * scale;
    }
}
