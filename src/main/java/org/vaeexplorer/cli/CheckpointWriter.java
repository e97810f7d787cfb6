package org.vaeexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.checkpoint.Manifests;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/** Saves the checkpoint after every epoch, so an interrupted run loses at most one epoch. */
final class CheckpointWriter implements TrainingListener {
    private final CheckpointStore store = new CheckpointStore();
    private final Path file;
    private final DatasetInfo dataset;
    private final TrainingSettings settings;
    private final String command;

    CheckpointWriter(Path file, DatasetInfo dataset, TrainingSettings settings, String command) {
        this.file = file;
        this.dataset = dataset;
        this.settings = settings;
        this.command = command;
    }

    @Override
    public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) throws IOException {
        save(model, state);
    }

    void save(VaeModel model, TrainingState state) throws IOException {
        store.save(file, Manifests.of(model.spec(), dataset, settings, state, command), model);
    }
}
