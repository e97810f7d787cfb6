package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.ShippedModels;

/** Numbers no run can use are refused at once, naming the option, instead of being quietly accepted. */
class CliNonsenseArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void notANumberCapacityAndAnnealRateAreUsageErrorsNamingTheOption() {
        String out = dir.resolve("x.vaex").toString();
        String err = CliRun.error(2, "train", "--model", "beta-vae", "--capacity", "NaN", "--epochs", "1",
                "--train-limit", "300", "--test-limit", "100", "--out", out);
        assertNaming(err, "--capacity");
        err = CliRun.error(2, "train", "--model", "joint-vae", "--anneal-rate", "NaN", "--epochs", "1",
                "--train-limit", "300", "--test-limit", "100", "--out", out);
        assertNaming(err, "--anneal-rate");
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void negativeLimitsBudgetsAndZeroRoundsAreUsageErrors() {
        String model = ShippedModels.defaultModel().orElseThrow().toString();
        assertNaming(CliRun.error(2, "eval", "--checkpoint", model, "--test-limit", "-1"), "--test-limit");
        assertNaming(CliRun.error(2, "train", "--model", "vae", "--memory-budget", "-1", "--epochs", "1",
                "--train-limit", "300", "--test-limit", "100", "--out", dir.resolve("m.vaex").toString()),
                "--memory-budget");
        assertNaming(CliRun.error(2, "bench", "--rounds", "0", "--decode-only", "--decode-calls", "1",
                "--models", "vae"), "--rounds");
    }

    @Test
    void decodeDoesNotCreateFoldersForItsOut() {
        String model = ShippedModels.defaultModel().orElseThrow().toString();
        Path missing = dir.resolve("no").resolve("such");
        String err = CliRun.error(1, "decode", "--checkpoint", model, "--out", missing.resolve("x.png").toString());
        assertNaming(err, "x.png");
        assertTrue(err.contains("does not exist"), err);
        assertFalse(Files.exists(dir.resolve("no")), "no folder is created");
    }

    private static void assertNaming(String err, String option) {
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains(option), err);
    }
}
