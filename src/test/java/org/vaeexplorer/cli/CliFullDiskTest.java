package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.ShippedModels;

/**
 * Writing on a really full disk: a 256 KB tmpfs filled to the last byte. Needs root to mount it (skipped
 * otherwise; {@code AtomicFilesTest} covers the same path by failing the write itself).
 */
class CliFullDiskTest {
    @TempDir
    Path dir;

    @Test
    void decodeAndExportOnAFullDiskNameTheFileAndLeaveNothingBehind() throws Exception {
        Path disk = Files.createDirectory(dir.resolve("disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString()),
                "mounting a tmpfs needs root");
        try {
            try (OutputStream fill = Files.newOutputStream(disk.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) {
                    fill.write(block);
                    fill.flush();
                }
            } catch (IOException full) {
                // The disk is full now.
            }
            String model = ShippedModels.defaultModel().orElseThrow().toString();
            Path png = disk.resolve("x.png");
            String err = CliRun.error(1, "decode", "--checkpoint", model, "--z", "0.5,0.5", "--out", png.toString());
            assertEquals(1, err.strip().lines().count(), err);
            assertTrue(err.contains("x.png") && err.contains("No space left on device"), err);
            assertFalse(Files.exists(png), "no empty PNG is left");
            Path copy = disk.resolve("copy.vaex");
            err = CliRun.error(1, "export", "--checkpoint", model, "--out", copy.toString());
            assertTrue(err.contains("copy.vaex") && err.contains("No space left on device"), err);
            assertFalse(Files.exists(copy));
            try (var left = Files.list(disk)) {
                assertEquals(1, left.count(), "only the filler is there: no partial file");
            }
        } finally {
            run("umount", disk.toString());
        }
    }

    @Test
    void aReadOnlyFolderIsNamedByTheFileAskedForNotTheTemporaryOne() throws Exception {
        Path disk = Files.createDirectory(dir.resolve("ro"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", disk.toString()),
                "mounting a tmpfs needs root");
        try {
            String model = ShippedModels.defaultModel().orElseThrow().toString();
            String err = CliRun.error(1, "export", "--checkpoint", model, "--out", disk.resolve("x.vaex").toString());
            assertEquals(1, err.strip().lines().count(), err);
            assertTrue(err.contains(disk.resolve("x.vaex").toString()) && !err.contains(".partial"), err);
        } finally {
            run("umount", disk.toString());
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
