package org.vaeexplorer.ui.explore;

import java.io.IOException;
import java.nio.file.Path;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.checkpoint.Manifests;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.data.SpriteDataset;
import org.vaeexplorer.data.SpriteSpace;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/** A tiny VAE of sprites-small, a few steps trained: a model whose dataset has known factors. */
public final class SpritesCheckpoint {
    private SpritesCheckpoint() {
    }

    public static Path tiny(Path dir) throws IOException {
        LabelledSplits sprites = SpriteDataset.standard(SpriteSpace.SMALL).splits();
        ModelSpec spec = ModelKind.VAE.defaultSpec(32, 32, sprites.train().numClasses());
        VaeModel model = VaeModel.create(spec, 3, 1e-3);
        int[] labels = sprites.train().labels();
        int[] first = new int[32];
        for (int step = 0; step < 5; step++) {
            for (int i = 0; i < first.length; i++) {
                first[i] = step * first.length + i;
            }
            int[] batchLabels = new int[first.length];
            for (int i = 0; i < first.length; i++) {
                batchLabels[i] = labels[first[i]];
            }
            Batch batch = new Batch(sprites.train().batch(first, PixelScaling.GREY), first.length, batchLabels);
            model.fit(batch, NoiseSource.seeded(step), Schedules.at(spec, step));
        }
        Path file = dir.resolve("sprites-small.vaex");
        new CheckpointStore().save(file, Manifests.of(spec, DatasetInfo.of(sprites, SpriteSpace.SMALL.id(),
                        PixelScaling.GREY), new TrainingSettings(1, 32, 1e-3, 1, PixelScaling.GREY, 0, 0),
                new TrainingState(), "train"), model);
        return file;
    }
}
