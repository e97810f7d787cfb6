package org.vaeexplorer.checkpoint;

import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingState;

/** A model with everything that describes it. */
public record Checkpoint(CheckpointManifest manifest, VaeModel model) {
    public TrainingState trainingState() {
        return new TrainingState(manifest.epochsDone(), manifest.iteration(), manifest.metrics());
    }
}
