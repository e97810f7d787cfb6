package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.Provenance;

/**
 * A fresh run records the app's own command with files by name; a resumed one also the SHA-256 of the file it
 * continued; neither names a path of the machine (the temporary folder here is absolute).
 */
class ProvenanceOfRunsTest {
    @TempDir
    Path dir;

    @Test
    void aFreshRunRecordsTheCleanCommandAndAResumedOneItsParentsChecksum() throws Exception {
        Path first = dir.resolve("first.vaex");
        CliRun.output(0, "train", "--model", "vae", "--dataset", "mnist", "--latent", "2", "--epochs", "1",
                "--train-limit", "256", "--test-limit", "64", "--out", first.toString());
        Provenance fresh = new CheckpointStore().readManifest(first).provenance();
        assertEquals("vae-explorer train --model vae --dataset mnist --latent 2 --epochs 1 --train-limit 256 "
                + "--test-limit 64 --out first.vaex", fresh.command());
        assertNull(fresh.parentSha256(), "a fresh run has no parent");

        String parentSum = sha256(first);
        Path second = dir.resolve("second.vaex");
        CliRun.output(0, "train", "--resume", first.toString(), "--epochs", "2", "--out", second.toString());
        Provenance resumed = new CheckpointStore().readManifest(second).provenance();
        assertEquals("vae-explorer train --resume first.vaex --epochs 2 --out second.vaex", resumed.command());
        assertEquals(parentSum, resumed.parentSha256());
        assertTrue(CliRun.output(0, "info", "--checkpoint", second.toString())
                .contains("parent_sha256=" + parentSum));

        // Continuing in place: the parent is the file as it was before this run overwrote it.
        String secondSum = sha256(second);
        CliRun.output(0, "train", "--resume", second.toString(), "--epochs", "3", "--out", second.toString());
        assertEquals(secondSum, new CheckpointStore().readManifest(second).provenance().parentSha256());
        assertEquals(java.util.List.of(), org.vaeexplorer.checkpoint.ManifestPaths.absolutePaths(second),
                "no absolute path of this machine anywhere in the manifest");
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
