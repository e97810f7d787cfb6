package org.vaeexplorer.ui.explore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.checkpoint.Manifests;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.family.CvaeGan;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * Small untrained checkpoints of MNIST for the pair's tests, standing in for shipped files that are not there yet:
 * their kinds and dataset are what the pair reads, their weights only have to differ from the other model's.
 */
public final class MnistCheckpoints {
    private MnistCheckpoints() {
    }

    /** A CVAE-GAN (MLP, 32 hidden units, 2 latent dimensions) as {@code dir/name}. */
    public static Path cvaeGan(Path dir, String name) throws IOException {
        ModelSpec spec = ModelSpecBuilder.of(CvaeGan.KIND).backbone(Backbone.MLP).hidden(List.of(32)).latent(2)
                .images(28, 28, 10).build();
        return save(VaeModel.create(spec, 11, 1e-3), dir.resolve(name));
    }

    /** A structured-output CVAE (32 hidden units, {@code latent} dimensions), seeded with {@code seed}. */
    public static Path scvae(Path dir, String name, int latent, long seed) throws IOException {
        ModelSpec spec = ModelSpecBuilder.of(ModelKind.SCVAE).hidden(List.of(32)).latent(latent).build();
        return save(VaeModel.create(spec, seed, 1e-3), dir.resolve(name));
    }

    private static Path save(VaeModel model, Path file) throws IOException {
        LabelledSplits data = TrainingFixtures.mnist();
        TrainingSettings settings = TrainingFixtures.small(1, 64, 64);
        Files.createDirectories(file.getParent());
        new CheckpointStore().save(file, Manifests.of(model.spec(), DatasetInfo.of(data, "mnist",
                settings.scaling()), settings, new TrainingState(), "test"), model);
        return file;
    }
}
