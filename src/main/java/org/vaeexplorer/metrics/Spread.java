package org.vaeexplorer.metrics;

import java.util.Arrays;

/**
 * The median and range of one figure over repeated runs (seeds): what is reported instead of a single run, since
 * Locatello et al. ("Challenging Common Assumptions in the Unsupervised Learning of Disentangled Representations",
 * ICML 2019) found the random seed to move the disentanglement metrics as much as the choice of model. The median of
 * an even count is the mean of the two middle values.
 */
public record Spread(double median, double min, double max, int count) {
    public static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Spread(median, sorted[0], sorted[n - 1], n);
    }
}
