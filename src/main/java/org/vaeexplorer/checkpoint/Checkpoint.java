package org.vaeexplorer.checkpoint;

import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingState;

/**
 * A model with everything that describes it.
 *
 * @param fileSha256 the SHA-256 of the file it was loaded from (what a run that continues it records as its
 *                   parent), or null when it was not read from a file
 */
public record Checkpoint(CheckpointManifest manifest, VaeModel model, String fileSha256) {
    public Checkpoint(CheckpointManifest manifest, VaeModel model) {
        this(manifest, model, null);
    }

    /**
     * Whether training can continue this run exactly: a model that has trained needs Adam's moments, which a file
     * exported for exploring leaves out (resuming without them would restart the optimiser and change the run).
     */
    public boolean canResume() {
        return manifest.epochsDone() == 0 || model.hasOptimizerState();
    }

    public TrainingState trainingState() {
        return new TrainingState(manifest.epochsDone(), manifest.iteration(), manifest.metrics());
    }
}
