package org.vaeexplorer.training;

import org.vaeexplorer.model.LossTerms;
import org.vaeexplorer.model.Schedules;

/**
 * The end of one training batch. {@code epoch} counts from 1; {@code batch} from 1 to {@code batchesPerEpoch}.
 * Arrays inside {@code terms} are copies owned by the receiver.
 */
public record BatchEvent(int epoch, int totalEpochs, int batch, int batchesPerEpoch, long iteration,
                         LossTerms terms, Schedules schedules, double samplesPerSecond) {
    /** Fraction of the whole run done, 0..1. */
    public double runProgress(int firstEpoch) {
        double epochsInRun = totalEpochs - firstEpoch + 1;
        return ((epoch - firstEpoch) + batch / (double) batchesPerEpoch) / epochsInRun;
    }
}
