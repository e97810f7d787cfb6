package org.vaeexplorer.checkpoint;

import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingState;

/** A model with everything that describes it. */
public record Checkpoint(CheckpointManifest manifest, VaeModel model) {
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
