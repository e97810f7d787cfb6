package org.vaeexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.vaeexplorer.metrics.quality.ShippedClassifiers;
import org.vaeexplorer.model.classifier.ClassifierFile;
import org.vaeexplorer.model.classifier.ClassifierManifest;

/**
 * What {@code info} prints for a sample-quality classifier ({@code .vaexc}): models/README.md points at these files,
 * so a reader asks {@code info} about them as about any model. The weights are read too, so a damaged file is refused.
 */
final class ClassifierInfo {
    private ClassifierInfo() {
    }

    static boolean describes(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(ClassifierFile.EXTENSION);
    }

    static void print(Path file) throws IOException {
        ClassifierManifest m = ShippedClassifiers.load(file).manifest();
        System.out.println("kind=classifier");
        System.out.println("architecture=" + m.architecture());
        System.out.println("dataset=" + m.dataset());
        System.out.println("image=" + m.rows() + "x" + m.cols() + "x" + m.channels());
        System.out.println("classes=" + m.classes());
        System.out.println(String.format(Locale.ROOT, "test_accuracy=%.4f", m.testAccuracy()));
        System.out.println("test_images=" + m.testImages());
        System.out.println("epochs=" + m.epochs());
        System.out.println("seed=" + m.seed());
        System.out.println(String.format(Locale.ROOT, "train_seconds=%.0f", m.trainSeconds()));
        System.out.println("command=" + m.command());
        InfoCommand.printJson(m);
    }
}
