package org.vaeexplorer.training;

import org.vaeexplorer.model.VaeModel;

/**
 * Follows a training run; called on the training thread, so implementations must be quick and hand anything
 * for a UI over through a buffer. All methods are optional.
 */
public interface TrainingListener {
    default void trainingStarted(VaeModel model, TrainingState state, TrainingSettings settings) {
    }

    default void batchEnded(BatchEvent event) {
    }

    /**
     * Called right after {@link #batchEnded}, between two optimiser steps: the one moment another copy of the
     * weights may be taken. Runs on the training thread and must be quick.
     */
    default void afterBatch(VaeModel model) {
    }

    /**
     * Called while the run waits before its next batch (paused, or in the delay between batches), every 50 ms at
     * most: like {@link #afterBatch}, a moment the weights may be copied. Runs on the training thread.
     */
    default void whileWaiting(VaeModel model) {
    }

    /** Called after each batch of the test evaluation that follows every epoch. */
    default void evaluationBatchEnded() {
    }

    /** Called after the epoch's test evaluation; {@code model} holds the epoch's final weights. */
    default void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) throws java.io.IOException {
    }

    default void trainingEnded(VaeModel model, TrainingState state, TrainingOutcome outcome) {
    }

    /** Calls each of {@code listeners} in turn. */
    static TrainingListener all(java.util.List<TrainingListener> listeners) {
        return new TrainingListener() {
            @Override
            public void trainingStarted(VaeModel model, TrainingState state, TrainingSettings settings) {
                listeners.forEach(l -> l.trainingStarted(model, state, settings));
            }

            @Override
            public void batchEnded(BatchEvent event) {
                listeners.forEach(l -> l.batchEnded(event));
            }

            @Override
            public void afterBatch(VaeModel model) {
                listeners.forEach(l -> l.afterBatch(model));
            }

            @Override
            public void whileWaiting(VaeModel model) {
                listeners.forEach(l -> l.whileWaiting(model));
            }

            @Override
            public void evaluationBatchEnded() {
                listeners.forEach(TrainingListener::evaluationBatchEnded);
            }

            @Override
            public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics)
                    throws java.io.IOException {
                for (TrainingListener l : listeners) {
                    l.epochEnded(model, state, metrics);
                }
            }

            @Override
            public void trainingEnded(VaeModel model, TrainingState state, TrainingOutcome outcome) {
                listeners.forEach(l -> l.trainingEnded(model, state, outcome));
            }
        };
    }
}
