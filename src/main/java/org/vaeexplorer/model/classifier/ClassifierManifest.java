package org.vaeexplorer.model.classifier;

import java.util.List;
import java.util.Map;

/**
 * What a classifier file ({@code .vaexc}) says of itself in {@code manifest.json}: what it is (format, architecture,
 * the images and classes it takes), what it was trained on and how, and how well it did on the test set.
 *
 * @param dataset       the dataset's id as {@code train-classifier --dataset} took it (e.g. {@code mnist})
 * @param datasetSha256 the SHA-256 of each of the dataset's files it was trained and tested on
 * @param testAccuracy  the share of the test images it classifies right, measured after the last epoch
 * @param weightsSha256 the SHA-256 of the weights entry, checked when the file is read
 */
public record ClassifierManifest(String format, int formatVersion, String architecture, String dataset,
                                 Map<String, String> datasetSha256, int rows,
                                 int cols, int channels, int classes, List<String> classNames, double testAccuracy,
                                 int testImages, int epochs, int batchSize, double learningRate, long seed,
                                 double trainSeconds, String command, String weightsSha256) {
    public static final String FORMAT = "vae-explorer-classifier";
    public static final int CURRENT_VERSION = 1;

    public ClassifierManifest {
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        // Sorted, so that a file's manifest reads the same whatever map it was made from.
        datasetSha256 = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(
                datasetSha256 == null ? Map.of() : datasetSha256));
    }

    public ClassifierShape shape() {
        return new ClassifierShape(rows, cols, channels, classes);
    }

    /** The same manifest with the weights' checksum. */
    ClassifierManifest withWeightsSha256(String sha256) {
        return new ClassifierManifest(format, formatVersion, architecture, dataset, datasetSha256, rows, cols,
                channels, classes, classNames, testAccuracy, testImages, epochs, batchSize, learningRate, seed,
                trainSeconds, command, sha256);
    }
}
