package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.ShippedModels;

/** A run whose figures stop being finite never replaces a good file, and names only files that hold finite weights. */
class CliDivergenceTest {
    @TempDir
    Path dir;

    @Test
    void anEpochWithNonFiniteTestFiguresIsADivergenceAndTheGoodOutIsKept() throws Exception {
        Path out = Files.copy(ShippedModels.defaultModel().orElseThrow(), dir.resolve("o.vaex"));
        byte[] good = Files.readAllBytes(out);
        // Learned variances with a learning rate of 1: epoch 1 ends with test_nelbo=NaN, kl=Infinity.
        CliRun.Captured c = CliRun.captured("train", "--model", "vae", "--likelihood", "gaussian-learned", "--lr", "1",
                "--epochs", "2", "--train-limit", "300", "--test-limit", "100", "--force", "--out", out.toString());
        assertEquals(1, c.code(), c.out() + c.err());
        assertFalse(c.out().contains("test_nelbo=NaN") || c.out().contains("kl=Infinity"),
                "a non-finite epoch is not reported as completed: " + c.out());
        assertArrayEquals(good, Files.readAllBytes(out), "the good --out is untouched");
        assertTrue(c.err().contains("o.vaex was not changed"), c.err());
        assertFalse(Files.exists(dir.resolve("o-diverged.vaex")), "no copy of non-finite weights");
    }
}
