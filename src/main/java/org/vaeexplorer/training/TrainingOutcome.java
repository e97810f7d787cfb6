package org.vaeexplorer.training;

/** How a run ended, with a message a person can read. */
public record TrainingOutcome(Status status, String message, int epochsDone) {
    public enum Status {
        COMPLETED,
        CANCELLED,
        /** A non-finite loss stopped the run; the weights from before the bad epoch were kept. */
        DIVERGED
    }
}
