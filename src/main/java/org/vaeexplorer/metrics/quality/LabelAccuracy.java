package org.vaeexplorer.metrics.quality;

import org.vaeexplorer.model.classifier.ImageClassifier;

/**
 * The share of images the classifier assigns to a given label: for real test images with their true labels, its
 * test accuracy; for samples drawn for a label, how recognisably they are of that label (the measure of
 * conditional generators in, e.g., Bao et al. 2017, "CVAE-GAN", section 4).
 */
public final class LabelAccuracy {
    private LabelAccuracy() {
    }

    /** The share of {@code outputs}' images whose most probable class is {@code labels[i]}. */
    public static double of(ImageClassifier.Outputs outputs, int[] labels) {
        if (labels.length != outputs.count() || labels.length == 0) {
            throw new IllegalArgumentException(outputs.count() + " images but " + labels.length + " labels");
        }
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            if (outputs.predicted(i) == labels[i]) {
                right++;
            }
        }
        return (double) right / labels.length;
    }
}
