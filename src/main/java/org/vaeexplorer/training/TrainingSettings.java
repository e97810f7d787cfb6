package org.vaeexplorer.training;

import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.SpecException;

/**
 * How to train: Adam's learning rate, batch size, epochs (the total to reach, also when resuming), seed, the
 * pixel scaling of the inputs, and optional caps on the number of training and test images (0 = all).
 */
public record TrainingSettings(int epochs, int batchSize, double learningRate, long seed, PixelScaling scaling,
                               int trainLimit, int testLimit) {
    public TrainingSettings {
        if (epochs < 1 || epochs > 10_000) {
            throw SpecException.of("settings.epochs", "epochs must be 1..10000, got " + epochs,
                    String.valueOf(epochs));
        }
        if (batchSize < 1 || batchSize > 4096) {
            throw SpecException.of("settings.batchSize", "batch size must be 1..4096, got " + batchSize,
                    String.valueOf(batchSize));
        }
        if (!(learningRate > 0) || learningRate > 1) {
            throw SpecException.of("settings.learningRate", "learning rate must be in (0, 1], got " + learningRate,
                    String.valueOf(learningRate));
        }
        if (trainLimit < 0 || testLimit < 0) {
            throw SpecException.of("settings.limits", "image limits must not be negative");
        }
    }

    public static TrainingSettings defaults() {
        return new TrainingSettings(10, 128, 1e-3, 1, PixelScaling.GREY, 0, 0);
    }

    /** Adam's learning rate of {@code kind}'s paper, as its family gives it (5e-4 for Dupont's Joint VAE). */
    public static double defaultLearningRate(ModelKind kind) {
        return kind.family().learningRate();
    }

    /** The batch size of {@code kind}'s paper, as its family gives it (64 for Dupont's Joint VAE). */
    public static int defaultBatchSize(ModelKind kind) {
        return kind.family().batchSize();
    }

    public TrainingSettings withEpochs(int e) {
        return new TrainingSettings(e, batchSize, learningRate, seed, scaling, trainLimit, testLimit);
    }
}
