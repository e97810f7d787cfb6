package org.vaeexplorer.metrics.quality;

import java.util.SplittableRandom;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.classifier.ClassifierShape;
import org.vaeexplorer.model.classifier.ImageClassifier;

/**
 * How good a model's samples are, as a dataset's own classifier sees them: {@value #SAMPLES} samples decoded from
 * codes drawn from the prior (z ~ N(0, s^2 I), each discrete latent's category uniform, and for a conditional model
 * an equal number per label), then
 * <ul>
 * <li>the label accuracy, for a conditional model: the share of samples the classifier assigns to the label they
 * were drawn for;</li>
 * <li>the Frechet distance ({@link FrechetDistance}) between the classifier's penultimate features of the samples
 * and of the test images: the FID recipe with this dataset's classifier in place of Inception, so never an FID;</li>
 * <li>the floor of each: the test set against itself, split at random into two halves for the distance (so with
 * half as many images a side, which if anything raises it), and the classifier's accuracy on the test images with
 * their true labels.</li>
 * </ul>
 * The samples are the decoder's means, the images the app shows. Everything is batched: one pass of decoding and
 * two of classifying, a few hundred images per call.
 */
public final class SampleQuality {
    public static final int SAMPLES = 10_000;
    private static final int DECODE_CHUNK = 500;

    private SampleQuality() {
    }

    /**
     * The figures; {@code labelAccuracy} and {@code labelAccuracyFloor} are NaN for a model without labels.
     *
     * @param seconds the wall time of the whole measurement
     */
    public record Figures(double labelAccuracy, double frechetDistance, double labelAccuracyFloor,
                          double frechetDistanceFloor, int samples, int testImages, double seconds) {
        public boolean hasLabelAccuracy() {
            return !Double.isNaN(labelAccuracy);
        }
    }

    /** Whether {@code model}'s samples can be measured with {@code classifier}: it samples from a prior alone and
     * makes images of the classifier's size (and, when it takes labels, of its classes). */
    public static boolean measurable(VaeModel model, ClassifierShape classifier) {
        ModelSpec spec = model.spec();
        var can = spec.capabilities();
        return !can.completes() && spec.rows() == classifier.rows() && spec.cols() == classifier.cols()
                && spec.channels() == classifier.channels() && (!can.labels() || can.classes() <= classifier.classes());
    }

    /**
     * Measures {@code model} against {@code test} (its images as the classifier reads them) with a seeded draw.
     *
     * @throws IllegalArgumentException when the model cannot be measured with this classifier ({@link #measurable})
     */
    public static Figures measure(VaeModel model, ImageClassifier classifier, DatasetImages test, long seed) {
        return measure(model, classifier, test, SAMPLES, seed);
    }

    /** The same with {@code count} samples instead of {@value #SAMPLES} (a quicker, noisier look). */
    public static Figures measure(VaeModel model, ImageClassifier classifier, DatasetImages test, int count,
                                  long seed) {
        if (!measurable(model, classifier.shape())) {
            throw new IllegalArgumentException("this model's samples cannot be measured with this classifier");
        }
        if (test.size() < 4) {
            throw new IllegalArgumentException("the floor needs at least 4 test images, got " + test.size());
        }
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        if (count < 2) {
            throw new IllegalArgumentException("a covariance needs at least 2 samples, got " + count);
        }
        int[] labels = new int[count];
        float[] samples = sample(model, count, random, labels);
        ImageClassifier.Outputs sampled = classifier.classify(samples, count);
        ImageClassifier.Outputs real = classifier.classify(test.all(), test.size());
        int width = ClassifierShape.FEATURES;
        double distance = FrechetDistance.between(FeatureMoments.of(sampled.features(), count, width),
                FeatureMoments.of(real.features(), real.count(), width));
        double floor = halvesDistance(real, random);
        boolean labelled = model.spec().capabilities().labels();
        double accuracy = labelled ? LabelAccuracy.of(sampled, labels) : Double.NaN;
        double accuracyFloor = labelled ? LabelAccuracy.of(real, test.dataset().labels()) : Double.NaN;
        return new Figures(accuracy, distance, accuracyFloor, floor, count, test.size(),
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * {@code n} samples of {@code model} from its prior: sample i is drawn for label i mod the classes (so 1,000
     * per label of ten), each discrete latent's category uniform; {@code labels} receives each one's label.
     */
    static float[] sample(VaeModel model, int n, SplittableRandom random, int[] labels) {
        ModelSpec spec = model.spec();
        var can = spec.capabilities();
        int classes = Math.max(1, can.classes());
        float[] out = new float[n * spec.pixels()];
        for (int start = 0; start < n; start += DECODE_CHUNK) {
            int m = Math.min(DECODE_CHUNK, n - start);
            float[] z = new float[m * spec.latentDim()];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) (can.priorScale() * random.nextGaussian());
            }
            LatentCodes.Builder codes = LatentCodes.builder(spec, m).continuous(z);
            for (int i = 0; i < m; i++) {
                int[] chosen = new int[spec.categories().size()];
                for (int l = 0; l < chosen.length; l++) {
                    chosen[l] = random.nextInt(spec.categories().get(l));
                }
                labels[start + i] = (start + i) % classes;
                codes.choose(i, chosen, labels[start + i]);
            }
            System.arraycopy(model.decode(codes.build()), 0, out, start * spec.pixels(), m * spec.pixels());
        }
        return out;
    }

    /** The distance between two random halves of the test images' features: what real images score. */
    private static double halvesDistance(ImageClassifier.Outputs real, SplittableRandom random) {
        int n = real.count();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int width = ClassifierShape.FEATURES;
        int half = n / 2;
        float[] a = new float[half * width];
        float[] b = new float[(n - half) * width];
        for (int i = 0; i < n; i++) {
            float[] to = i < half ? a : b;
            int row = i < half ? i : i - half;
            System.arraycopy(real.features(), order[i] * width, to, row * width, width);
        }
        return FrechetDistance.between(FeatureMoments.of(a, half, width), FeatureMoments.of(b, n - half, width));
    }
}
