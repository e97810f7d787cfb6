package org.vaeexplorer.model.classifier;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A small conv net that tells a dataset's classes apart, trained by the app (see {@link ClassifierTraining}) and
 * used to measure decoded samples: the class it gives them and its penultimate layer's features. Not thread-safe.
 */
public final class ImageClassifier {
    /** Images per graph call when classifying: about 2.4 MB of feature maps per 100 images at 28x28. */
    private static final int CHUNK = 500;
    private final ClassifierShape shape;
    private final SameDiff sd;

    private ImageClassifier(ClassifierShape shape, SameDiff sd) {
        this.shape = shape;
        this.sd = sd;
    }

    /** A fresh classifier with seeded weights, trained with Adam at {@code learningRate}. */
    public static ImageClassifier create(ClassifierShape shape, long seed, double learningRate) {
        return new ImageClassifier(shape, ClassifierGraph.build(shape, ClassifierGraph.seeded(shape, seed),
                learningRate));
    }

    /** A classifier with the given weights ({@link #weights()}'s names and values), e.g. read from a file. */
    static ImageClassifier of(ClassifierShape shape, Map<String, float[]> weights) {
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        for (String name : ClassifierGraph.WEIGHTS) {
            float[] values = weights.get(name);
            long[] expected = ClassifierGraph.shapeOf(name, shape);
            if (values == null || values.length != Arrays.stream(expected).reduce(1, (a, b) -> a * b)) {
                throw new IllegalArgumentException("the weight '" + name + "' is missing or has the wrong size");
            }
            arrays.put(name, Nd4j.create(values, expected, 'c'));
        }
        return new ImageClassifier(shape, ClassifierGraph.build(shape, arrays, 1e-3));
    }

    public ClassifierShape shape() {
        return shape;
    }

    /** The class probabilities and penultimate features of {@code n} images, each row-major per image. */
    public record Outputs(int count, int classes, float[] probabilities, float[] features) {
        /** The most probable class of image {@code i}. */
        public int predicted(int i) {
            int best = 0;
            for (int k = 1; k < classes; k++) {
                if (probabilities[i * classes + k] > probabilities[i * classes + best]) {
                    best = k;
                }
            }
            return best;
        }

        /** Image {@code i}'s features as doubles, for the statistics. */
        public double[] featureRow(int i) {
            double[] row = new double[ClassifierShape.FEATURES];
            for (int j = 0; j < row.length; j++) {
                row[j] = features[i * row.length + j];
            }
            return row;
        }
    }

    /** Classifies {@code n} images ({@code images}: n x pixels in [0, 1]), a few hundred per graph call. */
    public Outputs classify(float[] images, int n) {
        if (images.length != n * shape.pixels()) {
            throw new IllegalArgumentException(n + " images of " + shape.pixels() + " values, got " + images.length);
        }
        float[] probabilities = new float[n * shape.classes()];
        float[] features = new float[n * ClassifierShape.FEATURES];
        for (int start = 0; start < n; start += CHUNK) {
            int m = Math.min(CHUNK, n - start);
            float[] part = Arrays.copyOfRange(images, start * shape.pixels(), (start + m) * shape.pixels());
            Map<String, INDArray> out = sd.output(feed(part, m, new int[m], ones(m)), ClassifierGraph.PROBABILITIES,
                    ClassifierGraph.FEATURES);
            copy(out.get(ClassifierGraph.PROBABILITIES), probabilities, start * shape.classes());
            copy(out.get(ClassifierGraph.FEATURES), features, start * ClassifierShape.FEATURES);
        }
        return new Outputs(n, shape.classes(), probabilities, features);
    }

    /** The mean cross-entropy of {@code n} labelled images without dropout, in nats per image. */
    public double loss(float[] images, int n, int[] labels) {
        return sd.output(feed(images, n, labels, ones(n)), ClassifierGraph.LOSS).get(ClassifierGraph.LOSS)
                .getDouble(0);
    }

    /** The weights by name, copied: what a classifier file stores. */
    public Map<String, float[]> weights() {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (String name : ClassifierGraph.WEIGHTS) {
            out.put(name, sd.getArrForVarName(name).dup('c').reshape(-1).toFloatVector());
        }
        return out;
    }

    SameDiff graph() {
        return sd;
    }

    Map<String, INDArray> feed(float[] images, int n, int[] labels, float[] dropoutMask) {
        float[] oneHot = new float[n * shape.classes()];
        for (int i = 0; i < n; i++) {
            oneHot[i * shape.classes() + labels[i]] = 1f;
        }
        Map<String, INDArray> feed = new LinkedHashMap<>();
        feed.put(ClassifierGraph.IMAGES, Nd4j.create(images, new long[] {n, shape.pixels()}, 'c'));
        feed.put(ClassifierGraph.LABELS, Nd4j.create(oneHot, new long[] {n, shape.classes()}, 'c'));
        feed.put(ClassifierGraph.DROPOUT, Nd4j.create(dropoutMask, new long[] {n, ClassifierShape.FEATURES}, 'c'));
        return feed;
    }

    private static float[] ones(int n) {
        float[] mask = new float[n * ClassifierShape.FEATURES];
        Arrays.fill(mask, 1f);
        return mask;
    }

    private static void copy(INDArray from, float[] to, int offset) {
        float[] values = from.castTo(DataType.FLOAT).dup('c').reshape(-1).toFloatVector();
        System.arraycopy(values, 0, to, offset, values.length);
    }
}
