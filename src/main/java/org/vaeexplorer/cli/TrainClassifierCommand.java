package org.vaeexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.metrics.quality.DatasetImages;
import org.vaeexplorer.metrics.quality.LabelAccuracy;
import org.vaeexplorer.model.classifier.ClassifierFile;
import org.vaeexplorer.model.classifier.ClassifierManifest;
import org.vaeexplorer.model.classifier.ClassifierShape;
import org.vaeexplorer.model.classifier.ClassifierTraining;
import org.vaeexplorer.model.classifier.ImageClassifier;
import org.vaeexplorer.platform.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-classifier}: trains the small conv net that {@code eval} measures samples with (label accuracy and
 * the Frechet distance of its features) and writes it as a {@value ClassifierFile#EXTENSION} file, after every
 * epoch. A command of its own rather than a kind of {@code train --model}: the run service, its checkpoints,
 * charts and resumption are made for models with an ELBO, and a classifier has none.
 */
@Command(name = "train-classifier", mixinStandardHelpOptions = true,
        description = "Train the classifier that eval's sample-quality figures use, and write it (.vaexc).")
final class TrainClassifierCommand implements Callable<Integer> {
    private static final int PROGRESS_STEPS = 100;
    @Spec
    CommandSpec commandSpec;
    @Option(names = "--dataset", defaultValue = "mnist", description = "mnist (default), fashion-mnist, or any"
            + " dataset train takes")
    String dataset;
    @Option(names = "--epochs", defaultValue = "5")
    int epochs;
    @Option(names = "--batch", defaultValue = "128")
    int batch;
    @Option(names = "--lr", defaultValue = "1e-3", description = "Adam learning rate")
    double lr;
    @Option(names = "--seed", defaultValue = "1")
    long seed;
    @Option(names = "--train-limit", defaultValue = "0", description = "use only the first N training images")
    int trainLimit;
    @Option(names = "--test-limit", defaultValue = "0", description = "use only the first N test images")
    int testLimit;
    @Option(names = "--out", required = true, description = "classifier file to write (.vaexc)")
    Path out;
    @Option(names = "--force", description = "replace --out when it exists")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (epochs < 1 || batch < 1 || !(lr > 0) || trainLimit < 0 || testLimit < 0) {
            throw new IllegalArgumentException("--epochs and --batch must be positive, --lr above 0, the limits 0 or"
                    + " more");
        }
        if (!out.getFileName().toString().endsWith(ClassifierFile.EXTENSION)) {
            throw new IllegalArgumentException("--out must end with " + ClassifierFile.EXTENSION + ", got " + out);
        }
        OutputGuard.requireForceToReplace(out, force);
        Files.createDirectories(out.toAbsolutePath().getParent());
        LabelledSplits data = DatasetLoader.load(dataset, trainLimit, testLimit);
        ClassifierShape shape = new ClassifierShape(data.rows(), data.cols(), data.channels(),
                data.train().numClasses());
        ImageClassifier classifier = ImageClassifier.create(shape, seed, lr);
        DatasetImages train = new DatasetImages(data.train());
        DatasetImages test = new DatasetImages(data.test());
        float[] testImages = test.all();
        SplittableRandom random = new SplittableRandom(seed + 1);
        long start = System.nanoTime();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long epochStart = System.nanoTime();
            double trainLoss = ClassifierTraining.epoch(classifier, train, batch, random, (step, loss) -> {
                if (step % PROGRESS_STEPS == 0) {
                    double s = (System.nanoTime() - epochStart) / 1e9;
                    System.out.printf(Locale.ROOT, "step=%d loss=%.4f images_per_second=%.0f%n", step, loss,
                            step * (double) batch / s);
                }
            });
            double epochSeconds = (System.nanoTime() - epochStart) / 1e9;
            ImageClassifier.Outputs outputs = classifier.classify(testImages, test.size());
            double accuracy = LabelAccuracy.of(outputs, data.test().labels());
            System.out.printf(Locale.ROOT, "epoch=%d train_loss=%.4f test_loss=%.4f test_accuracy=%.4f seconds=%.1f%n",
                    epoch, trainLoss, crossEntropy(outputs, data.test().labels()), accuracy, epochSeconds);
            ClassifierManifest manifest = new ClassifierManifest(ClassifierManifest.FORMAT,
                    ClassifierManifest.CURRENT_VERSION, ClassifierShape.ARCHITECTURE, RecordedCommand.dataset(dataset),
                    data.fileSha256(), shape.rows(), shape.cols(), shape.channels(), shape.classes(), data.train().classNames(), accuracy,
                    test.size(), epoch, batch, lr, seed, (System.nanoTime() - start) / 1e9, commandLine(), null);
            AtomicFiles.write(out, stream -> ClassifierFile.write(stream, manifest, classifier));
        }
        System.out.println("classifier=" + out.toAbsolutePath());
        return 0;
    }

    /** The mean of -log p(label | image) in nats, from the probabilities (floored so a certain mistake stays finite). */
    private static double crossEntropy(ImageClassifier.Outputs outputs, int[] labels) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            sum -= Math.log(Math.max(outputs.probabilities()[i * outputs.classes() + labels[i]], 1e-30));
        }
        return sum / labels.length;
    }

    private String commandLine() {
        List<String> args = commandSpec.commandLine().getParseResult().originalArgs();
        int at = args.indexOf(commandSpec.name());
        return RecordedCommand.of(commandSpec.name(), args.subList(at + 1, args.size()));
    }
}
