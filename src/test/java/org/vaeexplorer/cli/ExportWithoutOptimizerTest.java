package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.model.FlatCodes;
import org.vaeexplorer.run.RunSource;

/** A checkpoint exported without Adam's state is smaller, decodes identically, and refuses to be resumed. */
class ExportWithoutOptimizerTest {
    @TempDir
    Path dir;

    @Test
    void theExportedFileDecodesIdenticallyAndRefusesToResume() throws Exception {
        Path full = dir.resolve("full.vaex");
        CliRun.output(0, "train", "--model", "vae", "--epochs", "1", "--train-limit", "256", "--test-limit", "64",
                "--out", full.toString());
        Path small = dir.resolve("small.vaex");
        String exported = CliRun.output(0, "export", "--checkpoint", full.toString(), "--out", small.toString());
        assertTrue(exported.contains("resumable=false"), exported);
        assertTrue(Files.size(small) < Files.size(full) / 2,
                Files.size(small) + " bytes exported from " + Files.size(full));

        CheckpointStore store = new CheckpointStore();
        Checkpoint a = store.load(full);
        Checkpoint b = store.load(small);
        assertTrue(a.canResume());
        assertFalse(b.canResume());
        float[] z = {0.7f, -1.3f, 0.2f, 1.1f};
        assertArrayEquals(FlatCodes.decode(a.model(), z, new float[0], new float[0], 2),
                FlatCodes.decode(b.model(), z, new float[0], new float[0], 2), "the same weights");
        assertEquals(a.manifest().model(), b.manifest().model(), "the same description");
        assertEquals(a.manifest().dataset(), b.manifest().dataset());
        assertEquals(a.manifest().lastTestNelbo(), b.manifest().lastTestNelbo());
        assertTrue(CliRun.output(0, "info", "--checkpoint", small.toString()).contains("resumable=false"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RunSource.resume(b, DatasetLoader.load("mnist", 256, 64), "mnist"));
        assertTrue(e.getMessage().contains("optimiser"), e.getMessage());
        String err = CliRun.error(1, "train", "--resume", small.toString(), "--epochs", "2",
                "--out", dir.resolve("again.vaex").toString());
        assertTrue(err.contains("small.vaex") && err.contains("optimiser") && err.strip().lines().count() == 1,
                err);
    }


}
