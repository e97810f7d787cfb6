package org.vaeexplorer.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/** A diverged command-line run never replaces its --out file; what it learned goes beside it. */
class RunCheckpointsTest {
    private static final TrainingOutcome DIVERGED = new TrainingOutcome(TrainingOutcome.Status.DIVERGED, "NaN", 1);
    @TempDir
    Path dir;

    @Test
    void aDivergedRunKeepsTheOutFileAndSavesItsLastGoodWeightsBeside() throws Exception {
        Path out = Files.writeString(dir.resolve("good.vaex"), "an earlier run's model");
        byte[] before = Files.readAllBytes(out);
        VaeModel model = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 1, 1e-3);

        RunCheckpoints first = checkpoints(out);
        first.runEnded(model, new TrainingState(), DIVERGED);
        assertArrayEquals(before, Files.readAllBytes(out), "diverged in its first epoch: --out untouched");
        assertNull(first.divergedCopy());
        assertFalse(Files.exists(dir.resolve("good-diverged.vaex")));

        RunCheckpoints later = checkpoints(out);
        later.runEnded(model, new TrainingState(2, 20, List.of()), DIVERGED);
        assertArrayEquals(before, Files.readAllBytes(out), "a diverged run never writes --out at its end");
        assertEquals(dir.resolve("good-diverged.vaex"), later.divergedCopy());
        assertEquals(2, new CheckpointStore().readManifest(later.divergedCopy()).epochsDone());
        assertTrue(Files.exists(later.divergedCopy()));
    }

    @Test
    void aRunCancelledBeforeItsFirstEpochEndedLeavesAnExistingOutAsItWas() throws Exception {
        Path out = Files.writeString(dir.resolve("good.vaex"), "an earlier run's model");
        byte[] before = Files.readAllBytes(out);
        VaeModel model = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 1, 1e-3);
        TrainingOutcome cancelled = new TrainingOutcome(TrainingOutcome.Status.CANCELLED, "cancelled", 0);

        RunCheckpoints fresh = checkpoints(out);
        TrainingState untrained = new TrainingState();
        fresh.trainingStarted(model, untrained, null);
        fresh.runEnded(model, untrained, cancelled);
        assertArrayEquals(before, Files.readAllBytes(out), "no epoch ended: --out untouched");
        assertTrue(fresh.keptExisting());

        RunCheckpoints resumed = checkpoints(out);
        resumed.trainingStarted(model, new TrainingState(1, 10, List.of()), null);
        resumed.runEnded(model, new TrainingState(2, 25, List.of()), cancelled);
        assertFalse(resumed.keptExisting());
        assertEquals(2, new CheckpointStore().readManifest(out).epochsDone(), "an epoch ended: its weights saved");

        Path none = dir.resolve("new.vaex");
        RunCheckpoints first = checkpoints(none);
        first.trainingStarted(model, untrained, null);
        first.runEnded(model, untrained, cancelled);
        assertTrue(Files.exists(none), "with no file to keep, the batches trained are saved");
    }

    private static RunCheckpoints checkpoints(Path out) {
        return new RunCheckpoints(RunCheckpoints.Target.file(out), new DatasetInfo("mnist", "mnist", 28, 28,
                PixelScaling.GREY, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), 100, 10),
                new TrainingSettings(3, 64, 1e-3, 1, PixelScaling.GREY, 0, 0), "test", null);
    }
}
