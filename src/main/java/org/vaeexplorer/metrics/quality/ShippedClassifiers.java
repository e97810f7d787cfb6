package org.vaeexplorer.metrics.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.vaeexplorer.checkpoint.ShippedModels;
import org.vaeexplorer.data.DatasetSource;
import org.vaeexplorer.model.classifier.ClassifierFile;

/**
 * The sample-quality classifiers shipped beside the models: {@code models/DATASET-classifier.vaexc} for a bundled
 * dataset's id ({@code mnist-classifier.vaexc}, {@code fashion-mnist-classifier.vaexc}); a model trained on some of
 * a dataset's classes ({@code mnist:7}) is measured with its dataset's classifier.
 */
public final class ShippedClassifiers {
    public static final String SUFFIX = "-classifier" + ClassifierFile.EXTENSION;

    private ShippedClassifiers() {
    }

    /** The file name of {@code source}'s classifier. */
    public static String fileName(String source) {
        // A folder's name, not its path: the classifier is looked for in models/ only.
        Path base = Path.of(DatasetSource.parse(source).base()).getFileName();
        return (base == null ? "dataset" : base.toString()) + SUFFIX;
    }

    /** The shipped classifier for the dataset {@code source} names, when there is one. */
    public static Optional<Path> forDataset(String source) {
        return ShippedModels.folder().map(dir -> dir.resolve(fileName(source))).filter(Files::isRegularFile);
    }

    /** Reads a classifier file (see {@link ClassifierFile#read}); a failure names the file. */
    public static ClassifierFile.Loaded load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ClassifierFile.read(in);
        } catch (IOException e) {
            throw new IOException("cannot read the classifier " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
