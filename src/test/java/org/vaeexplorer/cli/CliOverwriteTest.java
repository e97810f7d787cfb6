package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.ShippedModels;

/** No command writes over the file it reads, nor over someone else's checkpoint without --force. */
class CliOverwriteTest {
    @TempDir
    Path dir;

    @Test
    void decodeAndExportRefuseToWriteOverTheirCheckpoint() throws Exception {
        Path c = Files.copy(ShippedModels.defaultModel().orElseThrow(), dir.resolve("c.vaex"));
        byte[] before = Files.readAllBytes(c);
        String err = CliRun.error(2, "decode", "--checkpoint", c.toString(), "--out", c.toString());
        assertTrue(err.contains("--checkpoint") && err.contains("c.vaex"), err);
        err = CliRun.error(2, "export", "--checkpoint", c.toString(), "--out", dir.resolve(".").resolve("c.vaex")
                .toString());
        assertTrue(err.contains("--checkpoint"), err);
        assertArrayEquals(before, Files.readAllBytes(c));
    }

    @Test
    void replacingAnExistingCheckpointNeedsForce() throws Exception {
        Path good = Files.copy(ShippedModels.defaultModel().orElseThrow(), dir.resolve("good.vaex"));
        byte[] before = Files.readAllBytes(good);
        String err = CliRun.error(2, "train", "--model", "cvae", "--epochs", "1", "--train-limit", "300",
                "--test-limit", "100", "--out", good.toString());
        assertTrue(err.contains("--force") && err.contains("good.vaex"), err);
        Path other = Files.copy(ShippedModels.defaultModel().orElseThrow(), dir.resolve("other.vaex"));
        err = CliRun.error(2, "export", "--checkpoint", other.toString(), "--out", good.toString());
        assertTrue(err.contains("--force"), err);
        assertArrayEquals(before, Files.readAllBytes(good));

        CliRun.output(0, "export", "--checkpoint", other.toString(), "--out", good.toString(), "--force");
        assertEquals(1, CliRun.error(1, "train", "--resume", good.toString(), "--epochs", "2", "--out",
                good.toString()).strip().lines().count(), "its own file needs no --force (this one is not resumable)");
        assertTrue(new CheckpointStore().load(good).manifest() != null);
    }
}
