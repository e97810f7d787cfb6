package org.vaeexplorer.training;

import java.util.ArrayList;
import java.util.List;

/** Where a run stands: epochs and iterations done, and the metrics so far. Saved with the checkpoint. */
public final class TrainingState {
    private int epochsDone;
    private long iteration;
    private final List<EpochMetrics> history = new ArrayList<>();

    public TrainingState() {
    }

    public TrainingState(int epochsDone, long iteration, List<EpochMetrics> history) {
        this.epochsDone = epochsDone;
        this.iteration = iteration;
        this.history.addAll(history);
    }

    public int epochsDone() {
        return epochsDone;
    }

    public long iteration() {
        return iteration;
    }

    public List<EpochMetrics> history() {
        return List.copyOf(history);
    }

    void advanceIteration() {
        iteration++;
    }

    void completeEpoch(EpochMetrics metrics) {
        epochsDone = metrics.epoch();
        history.add(metrics);
    }

    void rollBackTo(int epochs, long iterations) {
        epochsDone = epochs;
        iteration = iterations;
    }
}
