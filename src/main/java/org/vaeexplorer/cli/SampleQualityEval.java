package org.vaeexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.metrics.quality.DatasetImages;
import org.vaeexplorer.metrics.quality.SampleQuality;
import org.vaeexplorer.metrics.quality.ShippedClassifiers;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.classifier.ClassifierFile;

/**
 * {@code eval}'s sample-quality figures ({@link SampleQuality}): {@code label_accuracy=} for a model with labels,
 * {@code frechet_distance=} (the FID recipe with the dataset's own classifier's penultimate features, not Inception's:
 * not an FID, and {@code frechet_features=} says so), and their floors from the test set itself.
 */
final class SampleQualityEval {
    private SampleQualityEval() {
    }

    /**
     * Prints the figures with {@code classifierFile}, or the shipped classifier of {@code source} when it is null;
     * says on stderr why nothing is printed when the model does not sample from a prior alone or no classifier fits.
     */
    static void print(VaeModel model, String source, ImageDataset test, Path classifierFile, int samples,
                      long seed)
            throws IOException {
        if (model.spec().capabilities().completes()) {
            System.err.println("sample quality: this model completes images from a visible part; it does not sample"
                    + " from its prior alone");
            return;
        }
        Optional<Path> file = classifierFile != null ? Optional.of(classifierFile)
                : ShippedClassifiers.forDataset(source);
        if (file.isEmpty()) {
            System.err.println("sample quality: no classifier " + ShippedClassifiers.fileName(source) + " in models/;"
                    + " train one with train-classifier or give --classifier FILE");
            return;
        }
        ClassifierFile.Loaded loaded = ShippedClassifiers.load(file.get());
        if (!SampleQuality.measurable(model, loaded.classifier().shape())) {
            System.err.println("sample quality: " + file.get().getFileName() + " takes other images or fewer classes"
                    + " than this model makes");
            return;
        }
        SampleQuality.Figures f = SampleQuality.measure(model, loaded.classifier(), new DatasetImages(test), samples,
                seed);
        if (f.hasLabelAccuracy()) {
            System.out.printf(Locale.ROOT, "label_accuracy=%.4f%n", f.labelAccuracy());
        }
        System.out.printf(Locale.ROOT, "frechet_distance=%.3f%n", f.frechetDistance());
        if (f.hasLabelAccuracy()) {
            System.out.printf(Locale.ROOT, "label_accuracy_floor=%.4f%n", f.labelAccuracyFloor());
        }
        System.out.printf(Locale.ROOT, "frechet_distance_floor=%.3f%nfrechet_features=%s%nsample_quality_samples=%d%n"
                        + "sample_quality_classifier=%s%nsample_quality_seconds=%.1f%n", f.frechetDistanceFloor(),
                "penultimate_layer_of_the_dataset_classifier_not_inception_not_fid", f.samples(),
                file.get().getFileName(), f.seconds());
    }
}
