package org.vaeexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.IdxWriter;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.explore.DecodeBenchmark;
import org.vaeexplorer.explore.LatentExplorer;
import org.vaeexplorer.metrics.PeakRss;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.platform.Backend;
import org.vaeexplorer.run.RunSource;
import org.vaeexplorer.run.TrainingRun;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: training throughput of the MLP VAE (784-512-2) and the conv VAE at batch 128, then the Explore
 * page's decode latency per model: one point (median and p99 over {@code --decode-calls}) and a 20x20 grid.
 *
 * <p>Speeds are the median over epochs 2 and later (the first includes ND4J's warm-up and is reported on its
 * own); {@code first_epoch_ratio} is that median divided by the first epoch's speed (1.3 = the first epoch took
 * 1.3x as long). With {@code --reference CMD} the same nets are also trained by another implementation in the same
 * invocation, right after each model, on a copy of exactly the same images, so that every figure has a
 * side-by-side {@code ratio} (absolute speeds on a shared machine drift by 2x between minutes).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure training speed.")
final class BenchCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BenchCommand.class);
    @Option(names = "--epochs", defaultValue = "4", description = "epochs per model (the first is warm-up)")
    int epochs;
    @Option(names = "--models", split = ",", defaultValue = "vae,conv-vae")
    List<String> models;
    @Option(names = "--dataset", defaultValue = "mnist", description = "mnist, fashion-mnist, a folder of IDX files or of"
            + " pictures (as train's --dataset)")
    String dataset;
    @Option(names = "--train-limit", defaultValue = "0", description = "train on the first N images only (0 = all)")
    int trainLimit;
    @Option(names = "--test-limit", defaultValue = "0", description = "evaluate on the first N test images (0 = all; a folder's: the first 20000)")
    int testLimit;
    @Option(names = "--decode-only", description = "skip the training benchmark")
    boolean decodeOnly;
    @Option(names = "--decode-calls", defaultValue = "1000", description = "decode calls timed per model (one point)")
    int decodeCalls;
    @Option(names = "--reference", description = "command of a reference implementation, run for each model with "
            + "'<mlp|conv> <IDX folder> epochs=N threads=T' appended; leading NAME=VALUE words set its environment; "
            + "each epoch line must contain samples_per_s=")
    String reference;
    @Option(names = "--rounds", defaultValue = "1", description = "with --reference: train both sides this many "
            + "times in turn per model and also print the medians over rounds (the machine's load changes by minutes)")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be 1 or more, got " + rounds);
        }
        LabelledSplits data = DatasetLoader.load(dataset, trainLimit, testLimit);
        System.out.println("backend=" + Backend.describe().replace(' ', '_'));
        int threads = Backend.threads();
        Path referenceData = reference == null || decodeOnly ? null : writeForReference(data);
        try {
            for (String name : decodeOnly ? List.<String>of() : models) {
                ModelKind kind = ModelKind.parse(name).orElseThrow(() ->
                        new IllegalArgumentException("unknown model " + name));
                ModelSpec spec = kind.defaultSpec(data.rows(), data.cols(), data.channels(),
                        data.train().numClasses());
                List<Double> ratios = new ArrayList<>();
                int n = referenceData == null ? 1 : Math.max(1, rounds);
                for (int round = 1; round <= n; round++) {
                    Speeds project = Speeds.of(trainingSpeeds(spec, data));
                    String line = String.format(Locale.ROOT, "model=%s batch=128 train_images=%d epochs=%d "
                                    + "first_epoch_samples_per_s=%.0f samples_per_s=%.0f best_samples_per_s=%.0f "
                                    + "first_epoch_ratio=%.2f peak_rss_mb=%d memory_collections=%d test_nelbo=%.2f",
                            kind.cliName(), data.train().size(), epochs, project.first(), project.steady(),
                            project.best(), project.firstEpochRatio(), PeakRss.selfMb(), lastCollections,
                            lastTestNelbo);
                    if (referenceData != null) {
                        ReferenceRun.Result r = ReferenceRun.run(reference, referenceNet(spec), referenceData, epochs,
                                threads);
                        Speeds ref = Speeds.of(r.epochSpeeds());
                        ratios.add(project.steady() / ref.steady());
                        line += benchReference(ref, project, r.peakRssMb())
                                + String.format(Locale.ROOT, " reference_test_nelbo=%.2f", r.testNelbo())
                                + (n > 1 ? " round=" + round : "");
                    }
                    System.out.println(line);
                }
                if (n > 1) {
                    System.out.printf(Locale.ROOT, "model=%s rounds=%d ratio_median=%.3f ratios=%s%n", kind.cliName(),
                            n, Speeds.median(ratios), ratios.stream().map(r -> String.format(Locale.ROOT, "%.3f", r))
                                    .toList().toString().replace(" ", ""));
                }
            }
        } finally {
            deleteQuietly(referenceData);
        }
        for (String name : models) {
            benchDecode(ModelKind.parse(name).orElseThrow().defaultSpec(data.rows(), data.cols(),
                    data.channels(), data.train().numClasses()));
        }
        return 0;
    }

    /** Samples per second of each epoch; this process's peak resident size is reset first. */
    private List<Double> trainingSpeeds(ModelSpec spec, LabelledSplits data) throws IOException, InterruptedException {
        List<Double> speeds = new ArrayList<>();
        lastTestNelbo = Double.NaN;
        TrainingListener collect = new TrainingListener() {
            @Override
            public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
                long collections = 0;
                long collectionMs = 0;
                for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                    collections += gc.getCollectionCount();
                    collectionMs += gc.getCollectionTime();
                }
                // Per epoch, to see a slowdown within a run (issue 35: subnormal numbers from the second epoch on).
                LOG.debug("epoch={} seconds={} samples_per_s={} java_gcs_so_far={} java_gc_ms_so_far={}",
                        metrics.epoch(), String.format(Locale.ROOT, "%.2f", metrics.seconds()),
                        Math.round(metrics.samplesPerSecond()), collections, collectionMs);
                speeds.add(metrics.samplesPerSecond());
                lastTestNelbo = metrics.testNelbo();
            }
        };
        TrainingSettings settings = new TrainingSettings(epochs, 128, 1e-3, 1, PixelScaling.GREY, trainLimit,
                testLimit);
        PeakRss.resetSelf();
        // The same run service (and memory bound) as `train` and the Train page: the speed users get.
        try (TrainingRun run = TrainingRun.builder(RunSource.fresh(spec, settings), data, dataset)
                .listener(collect).build()) {
            run.run();
            lastCollections = run.memory().collections();
        }
        return speeds;
    }

    /** The last trained epoch's test NELBO: the same data and seed as the reference's, a fidelity check. */
    private double lastTestNelbo;
    /** How many times the run's memory bound collected garbage to free native buffers. */
    private int lastCollections;

    private static String referenceNet(ModelSpec spec) {
        return spec.backbone() == Backbone.MLP ? "mlp" : "conv";
    }

    private static String benchReference(Speeds ref, Speeds project, long peakRssMb) {
        return String.format(Locale.ROOT, " reference_first_epoch_samples_per_s=%.0f reference_samples_per_s=%.0f "
                        + "reference_first_epoch_ratio=%.2f reference_peak_rss_mb=%d ratio=%.3f", ref.first(),
                ref.steady(), ref.firstEpochRatio(), peakRssMb, project.steady() / ref.steady());
    }

    /** Per-epoch speeds: the first, and the median and best of the rest (of all when there is only one). */
    record Speeds(double first, double steady, double best) {
        static Speeds of(List<Double> perEpoch) {
            List<Double> later = perEpoch.size() > 1 ? perEpoch.subList(1, perEpoch.size()) : perEpoch;
            return new Speeds(perEpoch.get(0), median(later), later.stream().mapToDouble(d -> d).max().orElseThrow());
        }

        static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        /** How many times longer the first epoch took per image than the median later one. */
        double firstEpochRatio() {
            return steady / first;
        }
    }

    /** The run's very images as IDX files, so the reference trains on the same data (limits included). */
    private static Path writeForReference(LabelledSplits data) throws IOException {
        Path dir = Files.createTempDirectory("vae-bench-data");
        IdxWriter.write(data.train(), dir, "train");
        IdxWriter.write(data.test(), dir, "test");
        return dir;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not remove the benchmark's temporary data folder {}", dir, e);
        }
    }

    /** The Explore page's decode latency: one point, and a 20x20 grid, through its own weight copy. */
    private void benchDecode(ModelSpec spec) {
        LatentExplorer explorer = LatentExplorer.of(VaeModel.create(spec, 1, 1e-3));
        String kind = spec.kind().cliName();
        System.out.println("model=" + kind + " " + DecodeBenchmark.time(explorer, 1, decodeCalls, 1)
                .summary("decode_point"));
        int side = DecodeBenchmark.GRID_SIDE;
        System.out.println("model=" + kind + " " + DecodeBenchmark.time(explorer, side * side,
                Math.max(20, decodeCalls / 20), 2).summary("decode_grid_" + side + "x" + side));
    }
}
