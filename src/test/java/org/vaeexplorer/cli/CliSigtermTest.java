package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.Launcher;
import org.vaeexplorer.checkpoint.ShippedModels;

/** SIGTERM during a run's first epoch: a good --out stays as it was, and the run says so. */
class CliSigtermTest {
    @TempDir
    Path dir;

    @Test
    void aRunTerminatedBeforeItsFirstEpochEndedLeavesTheGoodOutUntouched() throws Exception {
        Path out = Files.copy(ShippedModels.defaultModel().orElseThrow(), dir.resolve("o.vaex"));
        byte[] good = Files.readAllBytes(out);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "train", "--model", "vae",
                "--epochs", "1", "--train-limit", "30000", "--test-limit", "100", "--force", "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder err = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            boolean sent = false;
            while ((line = lines.readLine()) != null) {
                err.append(line).append('\n');
                if (!sent && line.startsWith("progress epoch=1/1 batch=")) {
                    child.toHandle().destroy(); // SIGTERM, keeping the streams open to read what it says
                    sent = true;
                }
            }
        } finally {
            if (!child.waitFor(120, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        assertTrue(err.toString().contains("o.vaex was not changed"), err.toString());
        assertArrayEquals(good, Files.readAllBytes(out), "the good --out is untouched");
    }
}
