package org.vaeexplorer.training;

import org.vaeexplorer.model.EngineText;

/**
 * How a run ended, with a message a person can read: {@code message} in English (the command line prints it), and
 * where the engine has one, {@code text}, the same as a bundle key and arguments for the window; null where the
 * message is all there is.
 */
public record TrainingOutcome(Status status, String message, int epochsDone, EngineText text) {
    public enum Status {
        COMPLETED,
        CANCELLED,
        /** A non-finite loss stopped the run; the weights from before the bad epoch were kept. */
        DIVERGED
    }

    public TrainingOutcome(Status status, String message, int epochsDone) {
        this(status, message, epochsDone, null);
    }

    /** A run stopped because its loss became {@code loss} at {@code batch} of {@code epoch}. */
    public static TrainingOutcome lossDiverged(double loss, int epoch, int batch, EngineText advice,
                                               int epochsDone) {
        EngineText t = EngineText.of("train.diverged.loss", "The loss became " + loss + " at epoch " + epoch
                + ", batch " + batch + ". Training stopped and the weights from the end of epoch " + (epoch - 1)
                + " were kept. " + advice.english(), String.valueOf(loss), String.valueOf(epoch),
                String.valueOf(batch), String.valueOf(epoch - 1), advice);
        return new TrainingOutcome(Status.DIVERGED, t.english(), epochsDone, t);
    }

    /**
     * A run stopped at the end of {@code epoch} for {@code reason} though its figures were finite (the family's
     * verdict: CVAE-GAN's discriminator winning outright); the weights from before the epoch are kept, as after a
     * divergence.
     */
    public static TrainingOutcome stopped(EngineText reason, int epoch, int epochsDone) {
        EngineText t = EngineText.of("train.stopped.verdict", reason.english() + " Training stopped at the end of "
                + "epoch " + epoch + " and the weights from the end of epoch " + (epoch - 1) + " were kept.", reason,
                String.valueOf(epoch), String.valueOf(epoch - 1));
        return new TrainingOutcome(Status.DIVERGED, t.english(), epochsDone, t);
    }

    /** A run stopped because its test figures at the end of {@code epoch} were not finite. */
    public static TrainingOutcome testDiverged(double nelbo, double kl, int epoch, EngineText advice,
                                               int epochsDone) {
        EngineText t = EngineText.of("train.diverged.test", "The test figures became " + nelbo + " (KL " + kl
                + ") at the end of epoch " + epoch + ". Training stopped and the weights from the end of epoch "
                + (epoch - 1) + " were kept. " + advice.english(), String.valueOf(nelbo), String.valueOf(kl),
                String.valueOf(epoch), String.valueOf(epoch - 1), advice);
        return new TrainingOutcome(Status.DIVERGED, t.english(), epochsDone, t);
    }
}
