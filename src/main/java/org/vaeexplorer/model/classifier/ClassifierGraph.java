package org.vaeexplorer.model.classifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The classifier's SameDiff graph ({@link ClassifierShape} says the layers). Dropout on the penultimate layer
 * during training (Srivastava et al. 2014, inverted: kept units scaled by 1/keep) is a fed mask, so that the same
 * graph evaluates without it (a mask of ones) and a seed fixes the masks.
 */
final class ClassifierGraph {
    static final String IMAGES = "images";
    static final String LABELS = "labels";
    static final String DROPOUT = "dropoutMask";
    static final String FEATURES = "features";
    static final String PROBABILITIES = "probabilities";
    static final String LOGITS = "logits";
    static final String LOSS = "loss";
    /** Every weight in the order a file stores them, each with its shape for {@code shape}. */
    static final List<String> WEIGHTS = List.of("conv1/W", "conv1/b", "conv2/W", "conv2/b", "dense/W", "dense/b",
            "out/W", "out/b");

    private ClassifierGraph() {
    }

    static long[] shapeOf(String weight, ClassifierShape s) {
        return switch (weight) {
            case "conv1/W" -> new long[] {3, 3, s.channels(), ClassifierShape.CONV1};
            case "conv1/b" -> new long[] {ClassifierShape.CONV1};
            case "conv2/W" -> new long[] {3, 3, ClassifierShape.CONV1, ClassifierShape.CONV2};
            case "conv2/b" -> new long[] {ClassifierShape.CONV2};
            case "dense/W" -> new long[] {s.flatWidth(), ClassifierShape.FEATURES};
            case "dense/b" -> new long[] {ClassifierShape.FEATURES};
            case "out/W" -> new long[] {ClassifierShape.FEATURES, s.classes()};
            case "out/b" -> new long[] {s.classes()};
            default -> throw new IllegalArgumentException("the classifier has no weight '" + weight + "'");
        };
    }

    /** Fresh weights: Glorot uniform (Glorot and Bengio 2010) from {@code seed}, zero biases. */
    static Map<String, INDArray> seeded(ClassifierShape s, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (String name : WEIGHTS) {
            long[] shape = shapeOf(name, s);
            if (shape.length == 1) {
                out.put(name, Nd4j.zeros(DataType.FLOAT, shape));
                continue;
            }
            long fanIn = 1;
            for (int i = 0; i < shape.length - 1; i++) {
                fanIn *= shape[i];
            }
            long fanOut = shape[shape.length - 1] * (shape.length == 4 ? shape[0] * shape[1] : 1);
            double a = Math.sqrt(6.0 / (fanIn + fanOut));
            float[] values = new float[Math.toIntExact(fanIn * shape[shape.length - 1])];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) ((2 * random.nextDouble() - 1) * a);
            }
            out.put(name, Nd4j.create(values, shape, 'c'));
        }
        return out;
    }

    /** The graph with {@code weights} (each of its {@link #shapeOf} shape), trained by Adam at {@code learningRate}. */
    static SameDiff build(ClassifierShape s, Map<String, INDArray> weights, double learningRate) {
        SameDiff sd = SameDiff.create();
        Map<String, SDVariable> w = new LinkedHashMap<>();
        for (String name : WEIGHTS) {
            w.put(name, sd.var(name, weights.get(name)));
        }
        SDVariable images = sd.placeHolder(IMAGES, DataType.FLOAT, -1, s.pixels());
        SDVariable labels = sd.placeHolder(LABELS, DataType.FLOAT, -1, s.classes());
        SDVariable dropout = sd.placeHolder(DROPOUT, DataType.FLOAT, -1, ClassifierShape.FEATURES);
        Conv2DConfig conv = Conv2DConfig.builder().kH(3).kW(3).sH(1).sW(1).paddingMode(PaddingMode.SAME)
                .dataFormat("NCHW").build();
        Pooling2DConfig pool = Pooling2DConfig.builder().kH(2).kW(2).sH(2).sW(2).paddingMode(PaddingMode.SAME)
                .isNHWC(false).build();
        SDVariable h = sd.reshape(images, -1, s.channels(), s.rows(), s.cols());
        h = sd.cnn().maxPooling2d(sd.nn().relu(sd.cnn().conv2d(h, w.get("conv1/W"), w.get("conv1/b"), conv), 0), pool);
        h = sd.cnn().maxPooling2d(sd.nn().relu(sd.cnn().conv2d(h, w.get("conv2/W"), w.get("conv2/b"), conv), 0), pool);
        h = sd.reshape(h, -1, s.flatWidth());
        SDVariable features = sd.nn().relu(FEATURES, h.mmul(w.get("dense/W")).add(w.get("dense/b")), 0);
        SDVariable logits = features.mul(dropout).mmul(w.get("out/W")).add(LOGITS, w.get("out/b"));
        sd.nn().softmax(PROBABILITIES, logits, 1);
        // Cross-entropy of the softmax, averaged over the batch: -mean_i log p(y_i | x_i).
        sd.loss().softmaxCrossEntropy(LOSS, labels, logits, null);
        sd.setLossVariables(LOSS);
        sd.setTrainingConfig(TrainingConfig.builder().updater(new Adam(learningRate))
                .dataSetFeatureMapping(IMAGES, LABELS, DROPOUT).markLabelsUnused().build());
        return sd;
    }
}
