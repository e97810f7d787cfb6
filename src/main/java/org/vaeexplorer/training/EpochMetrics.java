package org.vaeexplorer.training;

/**
 * One epoch's figures, stored in the checkpoint's metrics history. Per image, in nats: train figures are the
 * means over the epoch's batches, test figures one pass over the test set after the epoch.
 */
public record EpochMetrics(int epoch, long iteration, double trainObjective, double trainNelbo, double trainRecon,
                           double trainKl, double testNelbo, double testRecon, double testKl, float[] testKlPerDim,
                           float[] testKlPerCategorical, double temperature, double continuousCapacity,
                           double discreteCapacity, double seconds, double samplesPerSecond) {
}
