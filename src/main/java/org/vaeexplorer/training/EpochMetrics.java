package org.vaeexplorer.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One epoch's figures, stored in the checkpoint's metrics history. Per image, in nats: train figures are the
 * means over the epoch's batches, test figures one pass over the test set after the epoch. {@code scores} are what
 * the run's {@link EpochScorer} measured after the epoch, by name and in order (empty for most runs, and in a
 * checkpoint written before they existed).
 */
public record EpochMetrics(int epoch, long iteration, double trainObjective, double trainNelbo, double trainRecon,
                           double trainKl, double testNelbo, double testRecon, double testKl, float[] testKlPerDim,
                           float[] testKlPerCategorical, double temperature, double continuousCapacity,
                           double discreteCapacity, double seconds, double samplesPerSecond,
                           Map<String, Double> scores) {
    public EpochMetrics {
        Map<String, Double> copy = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "a score's name"),
                    Objects.requireNonNull(value, "score " + name)));
        }
        scores = Collections.unmodifiableMap(copy);
    }
}
