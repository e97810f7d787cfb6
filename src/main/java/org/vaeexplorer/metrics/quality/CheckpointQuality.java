package org.vaeexplorer.metrics.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.model.classifier.ClassifierFile;

/**
 * The sample quality of a checkpoint file as the Models page measures it: its own test set (as {@code eval} takes
 * it), its dataset's shipped classifier, {@value SampleQuality#SAMPLES} samples, seed 1 (so the page shows what
 * {@code eval} prints).
 */
public final class CheckpointQuality {
    private CheckpointQuality() {
    }

    /** Why a checkpoint has no figures, or none: it was measured. */
    public enum Refusal { NONE, COMPLETES, NO_CLASSIFIER, OTHER_IMAGES }

    /**
     * The figures or why there are none.
     *
     * @param classifier the classifier file's name (the one looked for, when it is missing)
     */
    public record Outcome(Refusal refusal, SampleQuality.Figures figures, String classifier) {
    }

    public static Outcome measure(Path file) throws IOException {
        return measure(file, SampleQuality.SAMPLES);
    }

    /** The same with {@code samples} samples (a quicker, noisier look). */
    public static Outcome measure(Path file, int samples) throws IOException {
        Checkpoint c = new CheckpointStore().load(file);
        String source = c.manifest().dataset().source();
        String name = ShippedClassifiers.fileName(source);
        if (c.model().spec().capabilities().completes()) {
            return new Outcome(Refusal.COMPLETES, null, name);
        }
        Optional<Path> classifierFile = ShippedClassifiers.forDataset(source);
        if (classifierFile.isEmpty()) {
            return new Outcome(Refusal.NO_CLASSIFIER, null, name);
        }
        ClassifierFile.Loaded classifier = ShippedClassifiers.load(classifierFile.get());
        if (!SampleQuality.measurable(c.model(), classifier.classifier().shape())) {
            return new Outcome(Refusal.OTHER_IMAGES, null, name);
        }
        ImageDataset test = DatasetLoader.load(source, 0, 0).test();
        int limit = c.manifest().training().testLimit();
        if (limit > 0 && limit < test.size()) {
            test = test.head(limit);
        }
        return new Outcome(Refusal.NONE, SampleQuality.measure(c.model(), classifier.classifier(),
                new DatasetImages(test), samples, 1), name);
    }
}
