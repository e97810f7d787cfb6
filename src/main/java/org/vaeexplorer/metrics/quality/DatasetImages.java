package org.vaeexplorer.metrics.quality;

import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.classifier.LabelledImages;

/** A dataset's images as the classifier reads them: grey levels in [0, 1], as the models are trained on them. */
public record DatasetImages(ImageDataset dataset, PixelScaling scaling) implements LabelledImages {
    public DatasetImages(ImageDataset dataset) {
        this(dataset, PixelScaling.GREY);
    }

    @Override
    public int size() {
        return dataset.size();
    }

    @Override
    public int label(int index) {
        return dataset.label(index);
    }

    @Override
    public float[] images(int[] indices) {
        return dataset.batch(indices, scaling);
    }

    /** Every image, in order, and every label. */
    public float[] all() {
        int[] idx = new int[size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        return images(idx);
    }
}
