package org.vaeexplorer.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.platform.FileProblems;
import org.vaeexplorer.run.RunCheckpoints;
import org.vaeexplorer.run.RunSource;
import org.vaeexplorer.run.TrainingRun;
import org.vaeexplorer.training.RunControl;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.training.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code train}: trains a model (or continues a checkpoint), printing a line per epoch; Ctrl+C saves and stops. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model and write a checkpoint.",
        modelTransformer = TrainCommand.WithModelOptions.class)
final class TrainCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(TrainCommand.class);
    private static final long SAVE_ON_EXIT_SECONDS = 60;
    @Spec
    CommandSpec commandSpec;
    /** Mixed in by {@link WithModelOptions}: its options are made from the settings' declarations. */
    final ModelOptions modelOptions = new ModelOptions();
    @Option(names = "--resume", description = "continue training this checkpoint (instead of --model)")
    Path resume;
    @Option(names = "--dataset", description = "mnist (default), fashion-mnist, shapes, sprites (dSprites' factors,"
            + " 64x64), sprites-small (32x32), a folder of IDX files or a folder of pictures (one subfolder per class; options after ?: size=28|32|64, colour=rgb|grey, fit=crop|pad,"
            + " test=PERCENT, seed=N); @SIDE enlarges every image to SIDE x SIDE (mnist@32, Dupont's input); a suffix"
            + " :N[,M...] keeps those classes only (mnist:7 = the sevens); when"
            + " resuming, the checkpoint's by default")
    String dataset;
    @Option(names = "--epochs", defaultValue = "10", description = "epochs in total (also when resuming)")
    int epochs;
    @Option(names = "--batch", description = "images per batch (default: the kind's, 64 for joint-vae, else 128)")
    Integer batch;
    @Option(names = "--lr", description = "Adam learning rate (default: the kind's, 5e-4 for joint-vae, else 1e-3)")
    Double lr;
    @Option(names = "--seed", defaultValue = "1")
    long seed;
    @Option(names = "--binarize", description = "threshold pixels at 0.5 (TensorFlow tutorial) instead of grey levels")
    boolean binarize;
    @Option(names = "--train-limit", defaultValue = "0", description = "use only the first N training images")
    int trainLimit;
    @Option(names = "--test-limit", defaultValue = "0", description = "use only the first N test images (a"
            + " folder's test split: the first 20000 unless N is given)")
    int testLimit;
    @Option(names = "--memory-budget", defaultValue = "1000",
            description = "resident memory (MB) above which native buffers are reclaimed between batches")
    long memoryBudgetMb;
    @Option(names = "--out", required = true, description = "checkpoint file to write (.vaex)")
    Path out;
    @Option(names = "--force", description = "replace --out when it exists and is not the --resume file")
    boolean force;
    @Option(names = "--factor-scores", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "for a dataset with known factors (sprites, sprites-small), score the disentanglement "
                    + "metrics after every epoch on one fixed sample (2-4 s an epoch for a small model), print them on "
                    + "the epoch's line and record them in the checkpoint (default: on)")
    boolean factorScores;
    @Option(names = "--seeds", split = ",", paramLabel = "SEED", description = "train the same model once per"
            + " seed, one after another (--out NAME.vaex becomes NAME-seedN.vaex), then print each seed's test "
            + "NELBO, training seconds and (for a dataset with factors) the metrics eval prints, and their median, "
            + "min and max; instead of --seed")
    List<Long> seeds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if ((modelOptions.model == null) == (resume == null)) {
            throw new ParameterException(commandSpec.commandLine(), "give either --model KIND or --resume FILE");
        }
        requireSaneNumbers();
        if (seeds != null) {
            return new SeedSweep(this, seeds).run();
        }
        prepareOutput(out, resume);
        LabelledSplits data;
        RunSource source;
        if (resume != null) {
            warnIgnoredWhenResuming();
            Checkpoint checkpoint = new CheckpointStore().load(resume);
            if (!checkpoint.canResume()) {
                throw new IOException(resume.getFileName() + " was saved without the optimiser's state (for "
                        + "exploring): it cannot continue training; resume from the run's own checkpoint instead");
            }
            TrainingSettings saved = checkpoint.manifest().training();
            if (dataset == null) {
                dataset = checkpoint.manifest().dataset().source();
            }
            data = DatasetLoader.load(dataset, saved.trainLimit(), saved.testLimit());
            source = RunSource.resume(checkpoint, data, dataset).withEpochs(epochs);
        } else {
            data = loadFresh();
            source = freshSource(data, seed);
        }
        return trainAndSave(source, data, out, commandLine(commandSpec.commandLine().getParseResult()
                .originalArgs())).exitCode();
    }

    /** The data of a fresh run (only the images it uses are kept in memory), warning of options it ignores. */
    LabelledSplits loadFresh() throws IOException {
        if (dataset == null) {
            dataset = "mnist";
        }
        LabelledSplits data = DatasetLoader.load(dataset, trainLimit, testLimit);
        for (String option : modelOptions.ignoredOptions()) {
            System.err.println("warning: " + option + " does not apply to " + modelOptions.model
                    + " models and is ignored");
        }
        return data;
    }

    /** A fresh run of the options' model on {@code data}, seeded by {@code runSeed}. */
    RunSource freshSource(LabelledSplits data, long runSeed) {
        ModelKind kind = modelOptions.kind();
        TrainingSettings settings = new TrainingSettings(epochs,
                batch != null ? batch : TrainingSettings.defaultBatchSize(kind),
                lr != null ? lr : TrainingSettings.defaultLearningRate(kind), runSeed,
                binarize ? PixelScaling.BINARIZED : PixelScaling.GREY, trainLimit, testLimit);
        return RunSource.fresh(modelOptions.toSpec(data.rows(), data.cols(), data.channels(),
                data.train().numClasses()), settings);
    }

    /** Refuses, before any work, a {@code file} that cannot be written or would replace one without --force. */
    void prepareOutput(Path file, Path resumed) throws IOException {
        requireWritable(file);
        OutputGuard.removeLeftovers(file);
        if (resumed == null || !OutputGuard.sameFile(file, resumed)) {
            OutputGuard.requireForceToReplace(file, force);
        }
    }

    /** How one run ended: the exit code {@code train} returns, and the run's outcome. */
    record Trained(int exitCode, TrainingOutcome outcome) {
    }

    /** Trains {@code source} on {@code data}, saving into {@code target} after every epoch, printing as it goes. */
    Trained trainAndSave(RunSource source, LabelledSplits data, Path target, String recorded)
            throws IOException, InterruptedException {
        boolean outExisted = Files.exists(target);
        CountDownLatch saved = new CountDownLatch(1);
        try (TrainingRun run = TrainingRun.builder(source, data, dataset)
                .saveTo(RunCheckpoints.Target.file(target), recorded)
                .memoryBudget(memoryBudgetMb << 20)
                .scoreFactorsEachEpoch(factorScores)
                .listener(new ConsoleReporter(System.out, System.err))
                .build()) {
            Thread hook = new Thread(() -> cancelAndWait(run.control(), saved), "cancel-on-ctrl-c");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                TrainingOutcome outcome = run.run();
                if (outcome.status() == TrainingOutcome.Status.DIVERGED) {
                    Path copy = run.checkpoints().divergedCopy();
                    System.err.println("diverged: " + outcome.message() + (copy != null
                            ? " The last good weights are in " + copy + "; " + target
                                    + " keeps the last completed epoch."
                            : outExisted ? " " + target + " was not changed."
                            : " No epoch ended with finite figures, so nothing was saved."));
                    if (copy != null) {
                        System.out.println("diverged_checkpoint=" + copy.toAbsolutePath());
                    }
                    return new Trained(1, outcome);
                }
                if (run.checkpoints().keptExisting()) {
                    System.err.println(target + " was not changed: the run stopped before its first epoch ended.");
                    return new Trained(0, outcome);
                }
                System.out.println("checkpoint=" + target.toAbsolutePath());
                return new Trained(0, outcome);
            } finally {
                saved.countDown();
                removeHook(hook);
            }
        }
    }

    /** Refuses, before any data is read, numbers no run can use: they would otherwise surface epochs later. */
    private void requireSaneNumbers() {
        if (modelOptions.model != null) {
            modelOptions.requireValid();
        }
        if (memoryBudgetMb < 1 || memoryBudgetMb > (Long.MAX_VALUE >> 20)) {
            throw new IllegalArgumentException("--memory-budget must be a positive number of MB, got "
                    + memoryBudgetMb);
        }
        if (trainLimit < 0 || testLimit < 0) {
            throw new IllegalArgumentException((trainLimit < 0 ? "--train-limit" : "--test-limit")
                    + " must be 0 (all images) or more, got " + Math.min(trainLimit, testLimit));
        }
    }

    /**
     * Fails before any work when {@code --out} cannot be written, instead of at the first save after an epoch:
     * a folder, a parent that is a file, or a folder this user may not write.
     */
    private void requireWritable(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new ParameterException(commandSpec.commandLine(), "--out " + file + " is a folder; give a file "
                    + "name, e.g. " + file.resolve("model" + CheckpointStore.EXTENSION));
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + file + ": " + FileProblems.reason(e), e);
        }
        if (!Files.isWritable(parent) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new IOException("cannot write " + file + ": permission denied");
        }
    }

    /** A resumed run keeps its saved settings; options that would change them are named, not silently dropped. */
    private void warnIgnoredWhenResuming() {
        ParseResult parsed = commandSpec.commandLine().getParseResult();
        List<String> ignored = new ArrayList<>();
        for (String option : List.of("--batch", "--lr", "--seed", "--binarize", "--train-limit", "--test-limit")) {
            if (parsed.hasMatchedOption(option)) {
                ignored.add(option);
            }
        }
        for (String option : modelOptions.flags()) {
            if (parsed.hasMatchedOption(option)) {
                ignored.add(option);
            }
        }
        if (!ignored.isEmpty()) {
            System.err.println("warning: " + String.join(", ", ignored) + (ignored.size() == 1 ? " is" : " are")
                    + " ignored with --resume: the run continues with the model and settings saved in " + resume);
        }
    }

    /** Adds {@code train}'s model options (made in code from the declarations) to the spec picocli read. */
    static final class WithModelOptions implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            spec.addMixin("model", ((TrainCommand) spec.userObject()).modelOptions.spec());
            return spec;
        }
    }

    /** On Ctrl+C: stop after the current batch and hold the JVM until the checkpoint is written. */
    private static void cancelAndWait(RunControl control, CountDownLatch saved) {
        control.cancel();
        try {
            if (!saved.await(SAVE_ON_EXIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("gave up waiting for the checkpoint to be saved");
            }
        } catch (InterruptedException e) {
            LOG.warn("interrupted while waiting for the checkpoint to be saved", e);
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running (Ctrl+C); it returns once the latch is released.
            LOG.debug("shutting down: the Ctrl+C hook stays and returns once the checkpoint is saved");
        }
    }

    /** The app's own command line for the manifest, never the process's (see {@link RecordedCommand}). */
    String commandLine(List<String> args) {
        int train = args.indexOf(commandSpec.name());
        return RecordedCommand.of(commandSpec.name(), args.subList(train + 1, args.size()));
    }
}
