package org.vaeexplorer.ui.explore;

import java.io.IOException;
import java.nio.file.Path;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.checkpoint.Manifests;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.RunControl;
import org.vaeexplorer.training.Trainer;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/** Small trained checkpoints of each kind, for the Explore tests. */
public final class ExploreFixtures {
    /** The checkpoint shipped in models/ (tests run in the project folder). */
    public static final Path SHIPPED = Path.of("models", "mnist-vae-2d.vaex");

    private ExploreFixtures() {
    }

    /** Trains {@code kind} for one epoch on 512 images and saves it in {@code dir}. */
    public static Path checkpoint(ModelKind kind, Path dir) throws IOException, InterruptedException {
        var data = TrainingFixtures.mnist();
        VaeModel model = VaeModel.create(kind.defaultSpec(28, 28, 10), 5, 1e-3);
        TrainingSettings settings = TrainingFixtures.small(1, 512, 500);
        TrainingState state = new TrainingState();
        new Trainer(new RunControl(), new TrainingListener() { }).train(model, data, state, settings);
        Path file = dir.resolve(kind.cliName() + ".vaex");
        new CheckpointStore().save(file, Manifests.of(model.spec(), DatasetInfo.of(data, "mnist", settings.scaling()),
                settings, state, "test"), model);
        return file;
    }
}
