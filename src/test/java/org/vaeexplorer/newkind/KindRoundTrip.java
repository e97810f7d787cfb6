package org.vaeexplorer.newkind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import java.nio.file.Path;
import java.util.List;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.checkpoint.Manifests;
import org.vaeexplorer.model.FlatCodes;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.RunControl;
import org.vaeexplorer.training.Trainer;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * What every kind added to the app must survive, written once for the kinds' own tests: a small model of the kind
 * trained for an epoch on MNIST, saved as a checkpoint, reopened with an equal spec, and decoding as before.
 */
record KindRoundTrip(VaeModel model, TrainingState state, Path file) {
    private static final float[] CODES = {0.3f, -1.1f, 0.6f, 0.2f};

    /** Decoded by the trained model at two fixed 2-D codes. */
    float[] decodedBefore() {
        return FlatCodes.decode(model, CODES, new float[0], new float[0], 2);
    }

    /**
     * A 784-32-2 model of {@code kind} trained for one epoch of 256 images, saved to {@code file} and loaded again;
     * asserts the run completed, the reopened spec is equal and the reopened model decodes the same pixels.
     */
    static KindRoundTrip of(ModelKind kind, Path file) throws Exception {
        ModelSpec spec = ModelSpecBuilder.of(kind).images(28, 28, 10).hidden(List.of(32)).latent(2).build();
        VaeModel model = VaeModel.create(spec, 4, 1e-3);
        TrainingSettings settings = TrainingFixtures.small(1, 256, 64);
        TrainingState state = new TrainingState();
        TrainingOutcome outcome = new Trainer(new RunControl(), new TrainingListener() { })
                .train(model, TrainingFixtures.mnist(), state, settings);
        assertEquals(TrainingOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        CheckpointStore store = new CheckpointStore();
        store.save(file, Manifests.of(spec, DatasetInfo.of(TrainingFixtures.mnist(), "mnist", settings.scaling()),
                settings, state, "test"), model);
        Checkpoint loaded = store.load(file);
        assertEquals(spec, loaded.manifest().model());
        KindRoundTrip trip = new KindRoundTrip(model, state, file);
        assertArrayEquals(trip.decodedBefore(), FlatCodes.decode(loaded.model(), CODES, new float[0], new float[0], 2));
        return trip;
    }
}
