package org.vaeexplorer.model.classifier;

/** Labelled images as the classifier reads them (the data layer's datasets, adapted by the caller). */
public interface LabelledImages {
    int size();

    int label(int index);

    /** The images at {@code indices}, concatenated, each row-major in [0, 1]. */
    float[] images(int[] indices);
}
