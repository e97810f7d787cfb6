package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.metrics.quality.ShippedClassifiers;

/**
 * {@code train-classifier} then {@code eval}'s sample-quality figures with it, on the shipped models: the label
 * accuracy of the test images with their true labels (the floor) is the accuracy the classifier's training measured
 * on the same images; a model without labels gets the distance only; one that completes images gets neither.
 */
class CliSampleQualityTest {
    private static final String TEST_IMAGES = "300";
    @TempDir
    static Path dir;
    private static Path classifier;
    private static Map<String, String> trained;

    @BeforeAll
    static void trainATinyClassifier() throws Exception {
        classifier = dir.resolve("tiny.vaexc");
        trained = lastValues(CliRun.output(0, "train-classifier", "--dataset", "mnist", "--epochs", "1",
                "--train-limit", "1000", "--test-limit", TEST_IMAGES, "--batch", "50", "--out", classifier.toString()));
        assertTrue(ShippedClassifiers.load(classifier).manifest().testAccuracy() > 0.5, "it learned something");
    }

    @Test
    void theFloorOfLabelAccuracyIsTheClassifiersTestAccuracy() throws Exception {
        Map<String, String> out = keyValues(eval("mnist-cvae-2d.vaex"));
        for (String key : new String[] {"label_accuracy", "frechet_distance", "label_accuracy_floor",
                "frechet_distance_floor", "frechet_features"}) {
            assertTrue(out.containsKey(key), key + " printed: " + out);
        }
        assertEquals(ShippedClassifiers.load(classifier).manifest().testAccuracy(),
                Double.parseDouble(out.get("label_accuracy_floor")), 1e-4);
        assertEquals(trained.get("test_accuracy"), out.get("label_accuracy_floor"));
        assertEquals("1000", out.get("sample_quality_samples"));
        assertTrue(out.get("frechet_features").contains("not_fid"), "never called an FID");
        double samples = Double.parseDouble(out.get("frechet_distance"));
        double floor = Double.parseDouble(out.get("frechet_distance_floor"));
        assertTrue(samples > floor && floor >= 0, "samples " + samples + " are further than real images " + floor);
    }

    @Test
    void aModelWithoutLabelsHasTheDistanceOnlyAndACompletingModelNeither() throws Exception {
        Map<String, String> plain = keyValues(eval("mnist-vae-2d.vaex"));
        assertTrue(plain.containsKey("frechet_distance") && plain.containsKey("frechet_distance_floor"), plain.toString());
        assertFalse(plain.containsKey("label_accuracy") || plain.containsKey("label_accuracy_floor"), plain.toString());
        CliRun.Captured completing = CliRun.captured("eval", "--checkpoint", Path.of("models", "mnist-scvae.vaex")
                .toString(), "--classifier", classifier.toString(), "--test-limit", "8", "--samples", "2",
                "--particles", "2", "--prior-samples", "2");
        assertEquals(0, completing.code(), completing.err());
        assertFalse(completing.out().contains("frechet_distance"), completing.out());
    }

    @Test
    void infoDescribesAClassifierFileByItsOwnManifest() throws Exception {
        String text = CliRun.output(0, "info", "--checkpoint", classifier.toString());
        Map<String, String> out = keyValues(text);
        assertEquals("classifier", out.get("kind"));
        assertEquals("mnist", out.get("dataset"));
        assertEquals(TEST_IMAGES, out.get("test_images"));
        assertEquals(trained.get("test_accuracy"), out.get("test_accuracy"));
        assertTrue(text.contains("\ncommand=vae-explorer train-classifier --dataset mnist "), text);
    }

    private static String eval(String model) {
        return CliRun.output(0, "eval", "--checkpoint", Path.of("models", model).toString(), "--classifier",
                classifier.toString(), "--test-limit", TEST_IMAGES, "--quality-samples", "1000");
    }

    private static Map<String, String> keyValues(String text) {
        Map<String, String> out = new HashMap<>();
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.contains(" ")) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    /** The values of the last epoch line ({@code epoch=1 train_loss=... test_accuracy=...}). */
    private static Map<String, String> lastValues(String text) {
        Map<String, String> out = new HashMap<>();
        for (String line : text.split("\\R")) {
            if (line.startsWith("epoch=")) {
                for (String pair : line.split(" ")) {
                    int eq = pair.indexOf('=');
                    out.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return out;
    }
}
