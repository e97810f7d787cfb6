package org.vaeexplorer.ui.lessons;

import org.vaeexplorer.model.ModelKind;

/**
 * A small training run a lesson puts on the Train page.
 *
 * @param dataset     a bundled dataset's id ({@code mnist})
 * @param trainImages how many training images (the first N), so the run takes the time the lesson says
 * @param delayMillis the "Delay between batches" slider, so a class can watch each step
 */
public record TrainingPreset(String dataset, ModelKind kind, int latent, int epochs, int trainImages,
                             int batchSize, long delayMillis) {
    public TrainingPreset {
        if (latent < 1 || epochs < 1 || trainImages < 1 || batchSize < 1 || delayMillis < 0) {
            throw new IllegalArgumentException("not a runnable preset: " + latent + " latents, " + epochs
                    + " epochs, " + trainImages + " images, batch " + batchSize + ", delay " + delayMillis);
        }
    }
}
