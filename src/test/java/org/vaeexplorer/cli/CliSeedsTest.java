package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.CheckpointStore;

/**
 * Seeds are part of the answer (issue 32): {@code train --seeds 1,2,3} trains the same model three times and
 * prints every seed's figures and, for each figure, a median and range that agree with them; each seed's metrics
 * are what {@code eval} prints for its checkpoint.
 */
class CliSeedsTest {
    @TempDir
    Path dir;

    @Test
    void threeSeedsPrintTheirFiguresAndAMedianAndRangeThatAgreeWithThem() throws Exception {
        Path out = dir.resolve("sweep.vaex");
        String text = CliRun.output(0, "train", "--model", "vae", "--dataset", "sprites-small", "--epochs", "1",
                "--train-limit", "128", "--test-limit", "64", "--batch", "64", "--latent", "4",
                "--no-factor-scores", "--seeds", "1,2,3", "--out", out.toString());
        List<Map<String, String>> seeds = new ArrayList<>();
        Map<String, String> summary = new HashMap<>();
        for (String line : text.split("\\R")) {
            Map<String, String> pairs = pairs(line);
            if (line.startsWith("seed=") && pairs.containsKey("test_nelbo")) {
                seeds.add(pairs);
            } else if (line.contains("_median=") || line.startsWith("seeds=")) {
                summary.putAll(pairs);
            }
        }
        assertEquals(List.of("1", "2", "3"), seeds.stream().map(s -> s.get("seed")).toList(), text);
        assertEquals("3", summary.get("completed"));
        for (String figure : List.of("test_nelbo", "seconds", "mig", "factorvae_score", "betavae_score",
                "dci_disentanglement")) {
            double[] values = seeds.stream().mapToDouble(s -> Double.parseDouble(s.get(figure))).sorted().toArray();
            assertEquals(values[1], Double.parseDouble(summary.get(figure + "_median")), 1e-9, figure);
            assertEquals(values[0], Double.parseDouble(summary.get(figure + "_min")), 1e-9, figure);
            assertEquals(values[2], Double.parseDouble(summary.get(figure + "_max")), 1e-9, figure);
        }
        double[] nelbos = seeds.stream().mapToDouble(s -> Double.parseDouble(s.get("test_nelbo"))).toArray();
        assertNotEquals(nelbos[0], nelbos[1], "another seed is another run: " + Arrays.toString(nelbos));

        Path second = dir.resolve("sweep-seed2.vaex");
        assertEquals(second.toAbsolutePath().toString(), seeds.get(1).get("checkpoint"));
        String recorded = new CheckpointStore().readManifest(second).provenance().command();
        assertTrue(recorded.contains("--seed 2") && !recorded.contains("--seeds")
                && recorded.contains("sweep-seed2.vaex"), "each checkpoint records its own run: " + recorded);
        assertEquals(2L, new CheckpointStore().readManifest(second).training().seed());

        Map<String, String> eval = new HashMap<>();
        for (String line : CliRun.output(0, "eval", "--checkpoint", second.toString()).split("\\R")) {
            eval.putAll(pairs(line));
        }
        for (String metric : List.of("mig", "factorvae_score", "betavae_score", "dci_disentanglement")) {
            assertEquals(eval.get(metric), seeds.get(1).get(metric), metric + ": the seed's line is what eval says");
        }
        assertTrue(Files.exists(dir.resolve("sweep-seed1.vaex")) && Files.exists(dir.resolve("sweep-seed3.vaex")));
    }

    @Test
    void seedsRefuseASingleSeedBesideThem() {
        String err = CliRun.error(2, "train", "--model", "vae", "--seeds", "1,2", "--seed", "3", "--out",
                dir.resolve("x.vaex").toString());
        assertTrue(err.contains("--seeds"), err);
    }

    /** A line's key=value pairs, split at spaces. */
    private static Map<String, String> pairs(String line) {
        Map<String, String> map = new HashMap<>();
        for (String word : line.trim().split(" ")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                map.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return map;
    }
}
