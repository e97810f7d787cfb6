package org.vaeexplorer.data;

import java.util.Map;
import java.util.TreeMap;

/**
 * A dataset's train and test splits, which share shape and class names.
 *
 * @param fileSha256 the SHA-256 of each file the splits were read from (file name to hex), empty when they were
 *                   not read from files (tests, generated data)
 */
public record LabelledSplits(String name, ImageDataset train, ImageDataset test, Map<String, String> fileSha256) {
    public LabelledSplits {
        if (train.rows() != test.rows() || train.cols() != test.cols() || train.channels() != test.channels()) {
            throw new IllegalArgumentException("train and test images differ in shape: " + train.rows() + "x"
                    + train.cols() + "x" + train.channels() + " vs " + test.rows() + "x" + test.cols() + "x"
                    + test.channels());
        }
        fileSha256 = java.util.Collections.unmodifiableMap(new TreeMap<>(fileSha256));
    }

    public LabelledSplits(String name, ImageDataset train, ImageDataset test) {
        this(name, train, test, Map.of());
    }

    public int rows() {
        return train.rows();
    }

    public int cols() {
        return train.cols();
    }

    /** 1 for grey images, 3 for colour ({@link ImageDataset} says how colour is laid out). */
    public int channels() {
        return train.channels();
    }
}
