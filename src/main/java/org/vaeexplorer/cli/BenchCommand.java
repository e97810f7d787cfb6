package org.vaeexplorer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.explore.DecodeBenchmark;
import org.vaeexplorer.explore.LatentExplorer;
import org.vaeexplorer.platform.Backend;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.run.RunSource;
import org.vaeexplorer.run.TrainingRun;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: training throughput of the MLP VAE (784-512-2) and the conv VAE at batch 128 on the bundled
 * MNIST. The first epoch includes ND4J's warm-up, so the steady figure is the best later epoch. Then the Explore
 * page's decode latency per model: one point (median and p99 over {@code --decode-calls}) and a 20x20 grid.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure training speed.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--epochs", defaultValue = "4", description = "epochs per model (the first is warm-up)")
    int epochs;
    @Option(names = "--models", split = ",", defaultValue = "vae,conv-vae")
    List<String> models;
    @Option(names = "--decode-only", description = "skip the training benchmark")
    boolean decodeOnly;
    @Option(names = "--decode-calls", defaultValue = "1000", description = "decode calls timed per model (one point)")
    int decodeCalls;

    @Override
    public Integer call() throws Exception {
        LabelledSplits mnist = DatasetLoader.load("mnist");
        System.out.println("backend=" + Backend.describe().replace(' ', '_'));
        for (String name : decodeOnly ? List.<String>of() : models) {
            ModelKind kind = ModelKind.parse(name).orElseThrow(() ->
                    new IllegalArgumentException("unknown model " + name));
            ModelSpec spec = kind.defaultSpec(mnist.rows(), mnist.cols(), mnist.train().numClasses());
            List<EpochMetrics> epochsSeen = new ArrayList<>();
            TrainingListener collect = new TrainingListener() {
                @Override
                public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
                    epochsSeen.add(metrics);
                }
            };
            TrainingSettings settings = TrainingSettings.defaults().withEpochs(epochs);
            // The same run service (and memory bound) as `train` and the Train page: the speed users get.
            try (TrainingRun run = TrainingRun.builder(RunSource.fresh(spec, settings), mnist, "mnist")
                    .listener(collect).build()) {
                run.run();
            }
            double steady = epochsSeen.stream().skip(1).mapToDouble(EpochMetrics::samplesPerSecond).max()
                    .orElse(epochsSeen.get(0).samplesPerSecond());
            System.out.printf(Locale.ROOT, "model=%s batch=128 first_epoch_samples_per_s=%.0f samples_per_s=%.0f%n",
                    kind.cliName(), epochsSeen.get(0).samplesPerSecond(), steady);
        }
        for (String name : models) {
            benchDecode(ModelKind.parse(name).orElseThrow().defaultSpec(mnist.rows(), mnist.cols(),
                    mnist.train().numClasses()));
        }
        return 0;
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
