package org.vaeexplorer.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One epoch's figures, stored in the checkpoint's metrics history. Per image, in nats: train figures are the
 * means over the epoch's batches, test figures one pass over the test set after the epoch. {@code scores} are what
 * the run's {@link EpochScorer} measured after the epoch, by name and in order (empty for most runs, and in a
 * checkpoint written before they existed). {@code trainOwn} holds the epoch means of the terms only its kind reports
 * ({@code LossTerms.own}: CVAE-GAN's players), empty (and left out of the manifest) for the others.
 */
public record EpochMetrics(int epoch, long iteration, double trainObjective, double trainNelbo, double trainRecon,
                           double trainKl, double testNelbo, double testRecon, double testKl, float[] testKlPerDim,
                           float[] testKlPerCategorical, double temperature, double continuousCapacity,
                           double discreteCapacity, double seconds, double samplesPerSecond,
                           Map<String, Double> scores,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> trainOwn) {
    public EpochMetrics {
        Map<String, Double> copy = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "a score's name"),
                    Objects.requireNonNull(value, "score " + name)));
        }
        scores = Collections.unmodifiableMap(copy);
        trainOwn = trainOwn == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(trainOwn));
    }

    /** An epoch of a kind with no terms of its own. */
    public EpochMetrics(int epoch, long iteration, double trainObjective, double trainNelbo, double trainRecon,
                        double trainKl, double testNelbo, double testRecon, double testKl, float[] testKlPerDim,
                        float[] testKlPerCategorical, double temperature, double continuousCapacity,
                        double discreteCapacity, double seconds, double samplesPerSecond,
                        Map<String, Double> scores) {
        this(epoch, iteration, trainObjective, trainNelbo, trainRecon, trainKl, testNelbo, testRecon, testKl,
                testKlPerDim, testKlPerCategorical, temperature, continuousCapacity, discreteCapacity, seconds,
                samplesPerSecond, scores, Map.of());
    }
}
