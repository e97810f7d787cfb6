package org.vaeexplorer.data;

/** A dataset's train and test splits, which share shape and class names. */
public record LabelledSplits(String name, ImageDataset train, ImageDataset test) {
    public LabelledSplits {
        if (train.rows() != test.rows() || train.cols() != test.cols()) {
            throw new IllegalArgumentException("train and test images differ in shape: " + train.rows() + "x"
                    + train.cols() + " vs " + test.rows() + "x" + test.cols());
        }
    }

    public int rows() {
        return train.rows();
    }

    public int cols() {
        return train.cols();
    }
}
