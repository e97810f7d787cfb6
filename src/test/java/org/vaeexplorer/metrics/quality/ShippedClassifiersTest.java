package org.vaeexplorer.metrics.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.model.classifier.ClassifierFile;
import org.vaeexplorer.model.classifier.ClassifierManifest;

/**
 * Every classifier shipped in {@code models/} opens, names the command that trained it and the bundled files it was
 * trained on, and scores on the whole test set the accuracy its manifest records (what models/README.md states):
 * {@link LabelAccuracy} on the real test images with their true labels is the classifier's test accuracy.
 */
class ShippedClassifiersTest {
    @Test
    void eachShippedClassifierScoresTheAccuracyItRecords() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("models"))) {
            files = list.filter(p -> p.getFileName().toString().endsWith(ClassifierFile.EXTENSION)).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no classifier shipped yet");
        for (Path file : files) {
            ClassifierFile.Loaded loaded = ShippedClassifiers.load(file);
            ClassifierManifest m = loaded.manifest();
            assertEquals(ShippedClassifiers.fileName(m.dataset()), file.getFileName().toString(),
                    "named after its dataset, where eval looks for it");
            assertTrue(m.command().startsWith("vae-explorer train-classifier "), m.command());
            assertEquals(bundledDigests(m.dataset()), m.datasetSha256(), file + " was trained on other files");
            ImageDataset test = DatasetLoader.load(m.dataset()).test();
            DatasetImages images = new DatasetImages(test);
            double accuracy = LabelAccuracy.of(loaded.classifier().classify(images.all(), test.size()), test.labels());
            assertEquals(m.testImages(), test.size(), "measured on the whole test set");
            assertEquals(m.testAccuracy(), accuracy, 1e-9, file + " records its own test accuracy");
        }
    }

    private static Map<String, String> bundledDigests(String name) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("assets/datasets/SHA256SUMS"))) {
            String[] parts = line.trim().split("\\s+", 2);
            if (parts.length == 2 && parts[1].startsWith(name + "/")) {
                out.put(parts[1].substring(name.length() + 1), parts[0]);
            }
        }
        return out;
    }
}
