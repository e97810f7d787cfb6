package org.vaeexplorer.model.estimators;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.QuadrantMask;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.graph.GraphFamily;
import org.vaeexplorer.model.graph.Layer;

/**
 * -log p(y|x, z) of the structured-output CVAE's generation net for many codes at once: the Bernoulli
 * cross-entropy of its logits g(z) against the grey levels y, summed over the missing pixels only, as the graph's
 * {@code maskedNll} computes it (stable form: relu(l) - y l + log1p(exp(-|l|))):
 *
 * <pre>
 *   a_0 = z,   a_i = max(0, a_{i-1} W_i + b_i),   l = a_L W_out[:, missing] + b_out[missing]
 * </pre>
 *
 * The graph's session runs every net of the model for each particle; an estimate of -log p(y|x) needs only this one
 * per particle (the baseline, prior and recognition nets depend on the image alone), and only the output columns of
 * the missing pixels (a quarter of the 500 x 784 product with three quadrants given). The weights are the graph's
 * own arrays (the last layer's missing columns copied), taken when it is made: one per estimate.
 * {@code ConditionalLikelihoodBatchTest} holds the result to the graph's {@code recon}.
 */
final class MissingPixelLikelihood {
    /** Factors of the log1p product multiplied before their log is taken (a power of two). */
    private static final int PRODUCT_RUN = 512;
    /** Rows of the cross-entropy per task of the common pool. */
    private static final int ROWS_PER_BLOCK = 256;
    private final List<INDArray> weights = new ArrayList<>();
    private final List<INDArray> biases = new ArrayList<>();
    private final List<Boolean> relu = new ArrayList<>();
    private final int[] missing;
    private final DataType dataType;

    /** The generation net of {@code model}, its output restricted to the pixels {@code givenSet} leaves missing. */
    MissingPixelLikelihood(VaeModel model, int givenSet) {
        ModelSpec spec = model.spec();
        missing = missingPixels(givenSet, spec.rows(), spec.cols());
        dataType = model.dataType();
        List<Layer> layers = GraphFamily.of(spec).decoder(spec).layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer.Dense d = (Layer.Dense) layers.get(i);
            INDArray w = model.weights(Layer.weights(d.name()));
            INDArray b = model.weights(Layer.bias(d.name())).reshape(1, d.out());
            if (i == layers.size() - 1) {
                w = w.getColumns(missing).dup('c');
                b = b.getColumns(missing).dup('c');
            }
            weights.add(w);
            biases.add(b);
            relu.add(d.relu());
        }
    }

    /** The indices of the pixels to complete, row-major. */
    static int[] missingPixels(int givenSet, int rows, int cols) {
        float[] mask = QuadrantMask.pixels(givenSet, rows, cols);
        int count = 0;
        for (float m : mask) {
            count += m == 0f ? 1 : 0;
        }
        int[] out = new int[count];
        for (int j = 0, k = 0; j < mask.length; j++) {
            if (mask[j] == 0f) {
                out[k++] = j;
            }
        }
        return out;
    }

    /**
     * One value per row: -log p(y_r | z_r) for {@code rows} codes {@code z} (rows x latentDim), row r's targets being
     * the missing pixels of image {@code imageOfRow[r]} of {@code images}; the time of the products and of the
     * cross-entropy goes to {@code times}.
     */
    double[] negativeLogLikelihood(float[] z, int rows, int[] imageOfRow, float[] images, int pixels,
                                   StageTimes times) {
        List<INDArray> made = new ArrayList<>();
        long started = System.nanoTime();
        try {
            INDArray a = track(made, Nd4j.create(z, new long[] {rows, z.length / rows}, 'c').castTo(dataType));
            for (int i = 0; i < weights.size(); i++) {
                INDArray w = weights.get(i);
                INDArray out = track(made, Nd4j.createUninitialized(dataType, new long[] {rows, w.columns()}, 'c'));
                Nd4j.gemm(a, w, out, false, false, 1.0, 0.0);
                out.addiRowVector(biases.get(i));
                a = relu.get(i) ? Transforms.relu(out, false) : out;
            }
            INDArray logits = a.dataType() == DataType.FLOAT ? a : track(made, a.castTo(DataType.FLOAT));
            started = times.add(StageTimes.Stage.GENERATION, started);
            FloatBuffer l = logits.data().asNioFloat();
            int offset = (int) logits.offset();
            double[] out = new double[rows];
            // Rows in blocks over the common pool (the caller's thread takes part); each block reads the logits
            // where they lie and writes its own rows.
            int blocks = (rows + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK;
            IntStream.range(0, blocks).parallel().forEach(b -> {
                for (int r = b * ROWS_PER_BLOCK; r < Math.min(rows, (b + 1) * ROWS_PER_BLOCK); r++) {
                    out[r] = crossEntropy(l, offset + r * missing.length, images, imageOfRow[r] * pixels);
                }
            });
            times.add(StageTimes.Stage.LIKELIHOOD, started);
            return out;
        } finally {
            // The arrays are tens of MB per call: freed now, not at some later collection.
            made.forEach(m -> {
                if (m.closeable()) {
                    m.close();
                }
            });
        }
    }

    /**
     * sum_k relu(l_k) - y_k l_k + log1p(exp(-|l_k|)) over the missing pixels k of one row; the log1p terms as the log
     * of their product (each factor in (1, 2], so a run of 512 stays far below the largest double), one log per
     * 512 pixels instead of one per pixel, in double precision.
     */
    private double crossEntropy(FloatBuffer logits, int at, float[] images, int image) {
        double linear = 0;
        double product = 1;
        for (int k = 0; k < missing.length; k++) {
            double l = logits.get(at + k);
            linear += Math.max(l, 0) - images[image + missing[k]] * l;
            product *= 1 + Math.exp(-Math.abs(l));
            if ((k & PRODUCT_RUN - 1) == PRODUCT_RUN - 1) {
                linear += Math.log(product);
                product = 1;
            }
        }
        return linear + Math.log(product);
    }

    private static INDArray track(List<INDArray> made, INDArray a) {
        made.add(a);
        return a;
    }
}
