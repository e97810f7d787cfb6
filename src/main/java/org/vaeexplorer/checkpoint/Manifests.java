package org.vaeexplorer.checkpoint;

import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.platform.Backend;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/** Builds the manifest of a model at a given point of its training. */
public final class Manifests {
    private Manifests() {
    }

    public static CheckpointManifest of(ModelSpec spec, DatasetInfo dataset, TrainingSettings settings,
                                        TrainingState state, String command) {
        return of(spec, dataset, settings, state, command, null);
    }

    /** @param parentSha256 the SHA-256 of the checkpoint file the run continued, or null for a fresh run */
    public static CheckpointManifest of(ModelSpec spec, DatasetInfo dataset, TrainingSettings settings,
                                        TrainingState state, String command, String parentSha256) {
        return new CheckpointManifest(CheckpointManifest.FORMAT, CheckpointManifest.CURRENT_VERSION, spec, dataset,
                settings, state.epochsDone(), state.iteration(), state.history(),
                Provenance.now(Backend.describe(), command, parentSha256));
    }
}
