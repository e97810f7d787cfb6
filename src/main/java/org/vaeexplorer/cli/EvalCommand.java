package org.vaeexplorer.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.LatentExplorer;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.LossTerms;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.estimators.ConditionalLikelihood;
import org.vaeexplorer.model.estimators.ImportanceWeightedBound;
import org.vaeexplorer.training.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eval}: the test-set NELBO and its terms; for a model with a discrete latent the cluster accuracy of its
 * categories (Hungarian matching to the classes); for a dataset with known factors the disentanglement metrics
 * ({@link DisentanglementEval}); for a model that samples from its prior, the sample quality ({@link
 * SampleQualityEval}); optionally the importance-weighted NLL.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a checkpoint on its test set.")
final class EvalCommand implements Callable<Integer> {
    private static final int IW_BATCH = 200;
    /** Burda et al. report up to K = 5000; more only costs time. */
    static final int MAX_IMPORTANCE_SAMPLES = 10_000;
    /** Images x samples x pixels held at once by the estimate: about 64 MB of floats. */
    private static final long IW_ELEMENTS = 16L << 20;
    @Mixin
    CheckpointOption checkpoint;
    @Option(names = "--importance-samples", description = "K for the importance-weighted estimate test_nll")
    Integer importanceSamples;
    @Option(names = "--dataset", description = "evaluate on this dataset instead of the one in the checkpoint")
    String dataset;
    /** Null unless given: the test NELBO then draws the noise its training run drew for the checkpoint's last epoch. */
    @Option(names = "--seed", description = "seed of the figures drawn at random (default 1); the test NELBO's draws"
            + " of z are by default those the training run drew for the checkpoint's last epoch, so it prints the"
            + " recorded figure")
    Long seed;
    @Option(names = "--samples", defaultValue = "100", description = "scvae: K of the importance-sampled estimate "
            + "of -log p(y|x)")
    int samples;
    /** The prior estimate is the weakest and not one of the paper's columns: ten samples, not K, by default. */
    @Option(names = "--prior-samples", defaultValue = "10", description = "scvae: S of the estimate of -log p(y|x) "
            + "from samples of the prior p(z|x)")
    int priorSamples;
    @Option(names = "--particles", defaultValue = "10", description = "scvae: posterior samples of the NELBO")
    int particles;
    @Option(names = "--quadrants", split = ",", defaultValue = "1,2,3",
            description = "scvae: Pyro's masks to evaluate, by number of given quadrants (default 1,2,3)")
    java.util.List<Integer> quadrants;
    @Option(names = "--classifier", description = "the classifier (.vaexc) of the sample-quality figures (default: "
            + "models/DATASET-classifier.vaexc)")
    java.nio.file.Path classifier;
    @Option(names = "--no-sample-quality", description = "skip label_accuracy and frechet_distance")
    boolean noSampleQuality;
    @Option(names = "--quality-samples", defaultValue = "10000", description = "samples of the sample-quality "
            + "figures (default 10000: 1000 per label of ten)")
    int qualitySamples;
    @Option(names = "--test-limit", defaultValue = "0", description = "evaluate only the first N test images (a"
            + " folder's test split: at most the first 20000 unless a larger N is given)")
    int testLimit;

    @Override
    public Integer call() throws Exception {
        if (importanceSamples != null && (importanceSamples < 1 || importanceSamples > MAX_IMPORTANCE_SAMPLES)) {
            throw new IllegalArgumentException("--importance-samples must be 1.." + MAX_IMPORTANCE_SAMPLES
                    + ", got " + importanceSamples);
        }
        if (qualitySamples < 2 || qualitySamples > 100_000) {
            throw new IllegalArgumentException("--quality-samples must be 2..100000, got " + qualitySamples);
        }
        if (testLimit < 0) {
            throw new IllegalArgumentException("--test-limit must be 0 (all images) or more, got " + testLimit);
        }
        Checkpoint c = new CheckpointStore().load(checkpoint.file);
        var m = c.manifest();
        // A folder's test split is bounded by default (DatasetLoader.DEFAULT_TEST_LIMIT); a larger limit is asked for.
        ImageDataset test = DatasetLoader.load(dataset != null ? dataset : m.dataset().source(), 0,
                testLimit > DatasetLoader.DEFAULT_TEST_LIMIT ? testLimit : 0).test();
        if (m.training().testLimit() > 0 && dataset == null) {
            test = test.head(m.training().testLimit());
        }
        if (testLimit > 0) {
            test = test.head(Math.min(testLimit, test.size()));
        }
        if (test.rows() != m.model().rows() || test.cols() != m.model().cols()
                || test.channels() != m.model().channels()) {
            // Said plainly, not as a matrix-shape failure from ND4J.
            throw new java.io.IOException("the dataset " + (dataset != null ? dataset : m.dataset().source())
                    + " has " + shape(test.rows(), test.cols(), test.channels()) + " images but "
                    + checkpoint.file.getFileName() + " was trained on " + shape(m.model().rows(), m.model().cols(),
                    m.model().channels()) + " images");
        }
        if ((m.model().conditional() || m.model().hasCategorical()) && test.numClasses() > m.model().numClasses()) {
            // The labels index the model's one-hot inputs and the cluster matching: more classes cannot be read.
            throw new java.io.IOException("the dataset " + (dataset != null ? dataset : m.dataset().source())
                    + " has " + test.numClasses() + " classes but " + checkpoint.file.getFileName()
                    + " was trained on " + m.model().numClasses() + "; evaluate it on a dataset with at most "
                    + m.model().numClasses() + " classes");
        }
        if (m.model().capabilities().completes()) {
            for (int count : new int[] {samples, particles, priorSamples}) {
                if (count < 1 || count > MAX_IMPORTANCE_SAMPLES) {
                    throw new IllegalArgumentException("--samples, --particles and --prior-samples must be 1.."
                            + MAX_IMPORTANCE_SAMPLES);
                }
            }
            for (int q : quadrants) {
                org.vaeexplorer.model.QuadrantMask.pyro(q); // refuses a count other than 1, 2 or 3, saying so
            }
            StructuredOutputEval.print(c.model(), test, m.training().scaling(),
                    new ConditionalLikelihood.SampleCounts(particles, samples, priorSamples), seed(), quadrants);
            return 0;
        }
        Schedules schedules = Schedules.at(m.model(), m.iteration());
        NoiseSource noise = seed != null ? NoiseSource.seeded(seed) : Trainer.testNoise(m.training().seed(),
                m.epochsDone());
        LossTerms t = Trainer.evaluate(c.model(), test, m.training(), noise, schedules);
        System.out.printf(Locale.ROOT, "test_nelbo=%.3f%nrecon=%.3f%nkl=%.3f%nimages=%d%n", t.nelbo(), t.recon(),
                t.kl(), test.size());
        ColourEval.printIfColour(c.model(), test, m.training().scaling());
        if (m.model().hasCategorical()) {
            // Dupont's unsupervised accuracy: each category of the latent matched to the classes (the one with as many
            // categories as there are classes, else the first) mapped to one class.
            EncodedImages codes = LatentExplorer.of(c.model()).encode(test, m.training().scaling(), 0);
            ClusterMatching match = ClusterMatching.of(codes, m.model());
            System.out.printf(Locale.ROOT, "cluster_accuracy=%.4f%n", match.accuracy());
        }
        if (!noSampleQuality) {
            SampleQualityEval.print(c.model(), dataset != null ? dataset : m.dataset().source(), test, classifier,
                    qualitySamples, seed());
        }
        DisentanglementEval.printIfFactors(c.model(), dataset != null ? dataset : m.dataset().source(),
                m.training().scaling(), seed());
        if (importanceSamples != null) {
            if (!ImportanceWeightedBound.supports(m.model())) {
                System.err.println("test_nll needs continuous latents only and a likelihood in nats; skipped");
                return 2;
            }
            System.out.printf(Locale.ROOT, "test_nll=%.3f%nimportance_samples=%d%n",
                    importanceWeighted(c, test, m.training().scaling()), importanceSamples);
        }
        return 0;
    }

    private double importanceWeighted(Checkpoint c, ImageDataset test, PixelScaling scaling) {
        NoiseSource noise = NoiseSource.seeded(seed() + 1);
        double sum = 0;
        // Fewer images per call as K grows, so memory stays bounded whatever K is.
        int perCall = (int) Math.max(1, Math.min(IW_BATCH,
                IW_ELEMENTS / ((long) importanceSamples * c.model().spec().pixels())));
        for (int start = 0; start < test.size(); start += perCall) {
            int n = Math.min(perCall, test.size() - start);
            int[] idx = new int[n];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = start + i;
                labels[i] = test.label(start + i);
            }
            for (double v : ImportanceWeightedBound.negativeLogLikelihood(c.model(),
                    new Batch(test.batch(idx, scaling), n, labels), importanceSamples, noise)) {
                sum += v;
            }
        }
        return sum / test.size();
    }

    private long seed() {
        return seed != null ? seed : 1;
    }

    private static String shape(int rows, int cols, int channels) {
        return rows + "x" + cols + (channels == 1 ? " grey" : " colour");
    }
}
