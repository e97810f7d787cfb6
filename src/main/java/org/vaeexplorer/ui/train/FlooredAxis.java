package org.vaeexplorer.ui.train;

import javafx.scene.chart.NumberAxis;

/**
 * Ranges a chart's y axis from 0 for quantities that cannot be negative (KL, capacities, temperatures), so no
 * curve ever seems to dip below zero, up to a "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above
 * both the data and a minimum top. The minimum top (1 nat for the KL per dimension) keeps an almost empty bar
 * looking almost empty instead of autoscaling 0.005 nats to full height. The epoch axes run over the planned
 * epochs ({@link #epochs}).
 */
final class FlooredAxis {
    private static final int TICKS = 5;
    private static final double[] NICE = {1, 2, 2.5, 5, 10};

    private FlooredAxis() {
    }

    /** Sets {@code axis} to [0, top] with five ticks; {@code dataMax} is the largest value shown. */
    static void apply(NumberAxis axis, double dataMax, double minUpper) {
        double top = top(dataMax, minUpper);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(top);
        axis.setTickUnit(top / TICKS);
    }

    /**
     * Sets a chart's epoch axis to [0, {@code lastEpoch}]: the whole planned run from the start, so an empty chart
     * shows the epochs to come (not JavaFX's 0-110 for no data) and the curves fill it from the left as they grow.
     */
    static void epochs(NumberAxis axis, double lastEpoch) {
        double top = Math.max(1, lastEpoch);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(top);
        // Whole epochs once there are a few; a one-epoch run gets fifths.
        axis.setTickUnit(top >= TICKS ? Math.max(1, top(top / TICKS, 0)) : top(top / TICKS, 0));
    }

    /** The smallest nice number at or above both {@code dataMax} and {@code minUpper} (1 when both are 0). */
    static double top(double dataMax, double minUpper) {
        double v = Math.max(Double.isFinite(dataMax) ? dataMax : 0, minUpper);
        if (!(v > 0)) {
            return 1;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        for (double n : NICE) {
            // A relative tolerance, so 3.0000001 from float noise does not jump to the next step.
            if (n * decade >= v * (1 - 1e-6)) {
                return n * decade;
            }
        }
        return 10 * decade;
    }
}
