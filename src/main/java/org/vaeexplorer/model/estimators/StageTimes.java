package org.vaeexplorer.model.estimators;

import java.util.EnumMap;
import java.util.Map;

/** Where an estimate's time went, stage by stage (wall time of the thread that ran it, summed over calls). */
public final class StageTimes {
    /** The stages of {@link ConditionalLikelihood#estimate}, in the order they run. */
    public enum Stage {
        /** The baseline, prior and recognition nets, once per image (the graph's session). */
        NETS,
        /** The particles' noise, drawn in the order of the graph passes it stands for. */
        NOISE,
        /** z = mu + sigma eps and log q(z|x,y) - log p(z|x) per particle, and the targets, in Java. */
        CODES,
        /** The generation net's products on the particles. */
        GENERATION,
        /** The cross-entropy over the missing pixels from the logits, and the per-image reductions. */
        LIKELIHOOD
    }

    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);

    /** Adds the time since {@code startedNanos} to {@code stage}; returns now, the start of the next stage. */
    public long add(Stage stage, long startedNanos) {
        long now = System.nanoTime();
        nanos.merge(stage, now - startedNanos, Long::sum);
        return now;
    }

    public double seconds(Stage stage) {
        return nanos.getOrDefault(stage, 0L) / 1e9;
    }
}
