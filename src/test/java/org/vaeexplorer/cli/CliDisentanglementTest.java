package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny model trained briefly on sprites-small: train prints the four disentanglement metrics on each epoch's line,
 * eval prints them for the checkpoint, each in [0, 1].
 */
class CliDisentanglementTest {
    @TempDir
    Path dir;

    @Test
    void evalPrintsTheFourMetricsForADatasetWithFactors() {
        Path ckpt = dir.resolve("sprites.vaex");
        String trained = CliRun.output(0, "train", "--model", "vae", "--dataset", "sprites-small", "--epochs", "1",
                "--train-limit", "256", "--test-limit", "64", "--batch", "64", "--latent", "5",
                "--out", ckpt.toString());
        String epochLine = trained.lines().filter(l -> l.startsWith("epoch=1 ")).findFirst().orElseThrow();
        for (String key : new String[] {"mig", "factorvae_score", "betavae_score", "dci_disentanglement"}) {
            assertTrue(epochLine.contains(" " + key + "="), "train prints each epoch's " + key + ": " + epochLine);
        }
        long start = System.nanoTime();
        Map<String, String> out = keyValues(CliRun.output(0, "eval", "--checkpoint", ckpt.toString()));
        System.out.printf("eval with metrics took %.1f s: %s%n", (System.nanoTime() - start) / 1e9, out);
        for (String key : new String[] {"mig", "factorvae_score", "betavae_score", "dci_disentanglement"}) {
            assertTrue(out.containsKey(key), key + " printed: " + out);
            double v = Double.parseDouble(out.get(key));
            assertTrue(v >= 0 && v <= 1, key + "=" + v);
        }
        assertEquals("64", out.get("images"));
    }

    @Test
    void evalPrintsNoMetricsForADatasetWithoutFactors() throws Exception {
        Path ckpt = dir.resolve("mnist.vaex");
        CliRun.output(0, "train", "--model", "vae", "--epochs", "1", "--train-limit", "128", "--test-limit", "32",
                "--out", ckpt.toString());
        Map<String, String> out = keyValues(CliRun.output(0, "eval", "--checkpoint", ckpt.toString(),
                "--no-sample-quality"));
        assertTrue(out.containsKey("test_nelbo"));
        assertFalse(out.containsKey("mig"), out.toString());
    }

    private static Map<String, String> keyValues(String text) {
        Map<String, String> map = new HashMap<>();
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                map.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return map;
    }
}
