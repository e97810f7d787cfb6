package org.vaeexplorer.model;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One dense layer a = h W + b (W of shape [in, out]), optionally followed by a ReLU, forward and backward on arrays
 * kept from step to step, for {@link FusedVaeStep}. The matrix products are single native GEMMs; the bias, the ReLU
 * and the bias gradient are plain Java loops over the arrays' memory. The weights and the gradients are the slices
 * of {@link FlatAdam}'s flat buffers, so the gradients land where Adam reads them.
 *
 * <pre>
 *   forward:  y = relu(h W + b)                  (or without the ReLU)
 *   backward: dL/da = dL/dy * [a &gt; 0],  dL/dW = h^T dL/da,  dL/db = sum over rows of dL/da,  dL/dh = dL/da W^T
 * </pre>
 */
final class DenseStep {
    private final INDArray w;
    private final INDArray gradW;
    private final FloatBuffer bias;
    private final int biasOffset;
    private final FloatBuffer gradBias;
    private final int gradBiasOffset;
    private final boolean relu;
    private final int in;
    private final int out;
    /** y [rows, out] (the ReLU mask for backward: y &gt; 0 exactly where a &gt; 0). */
    private INDArray y;
    /** dL/dh [rows, in], when the layer below needs it. */
    private INDArray gradIn;

    DenseStep(INDArray w, INDArray b, INDArray gradW, INDArray gradB, boolean relu) {
        this.w = w;
        this.gradW = gradW;
        this.bias = b.data().asNioFloat();
        this.biasOffset = (int) b.offset();
        this.gradBias = gradB.data().asNioFloat();
        this.gradBiasOffset = (int) gradB.offset();
        this.relu = relu;
        this.in = (int) w.rows();
        this.out = (int) w.columns();
    }

    /** Whether the arrays lie in memory as the loops read them: single precision, row by row, dense. */
    static boolean readable(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a.dataType() != DataType.FLOAT || a.ordering() != 'c' || a.elementWiseStride() != 1) {
                return false;
            }
        }
        return true;
    }

    int width() {
        return out;
    }

    /** y = relu(h W + b) into this layer's own output array, returned. */
    INDArray forward(INDArray h) {
        int rows = (int) h.rows();
        y = ensure(y, rows, out);
        Nd4j.gemm(h, w, y, false, false, 1.0, 0.0);
        FloatBuffer v = y.data().asNioFloat();
        for (int r = 0; r < rows; r++) {
            int row = r * out;
            for (int j = 0; j < out; j++) {
                float a = v.get(row + j) + bias.get(biasOffset + j);
                v.put(row + j, relu && a < 0 ? 0f : a);
            }
        }
        return y;
    }

    /** The output of the last {@link #forward}. */
    INDArray output() {
        return y;
    }

    /**
     * Backward from {@code gradOut} = dL/dy [rows, out] (masked in place by the ReLU) for the input {@code h} of the
     * last forward pass: the weight and bias gradients into their flat slices; returns dL/dh [rows, in] (this
     * layer's own array) when {@code inputGradient}, else null.
     */
    INDArray backward(INDArray h, INDArray gradOut, boolean inputGradient) {
        int rows = (int) gradOut.rows();
        FloatBuffer g = gradOut.data().asNioFloat();
        double[] sums = new double[out];
        FloatBuffer act = relu ? y.data().asNioFloat() : null;
        for (int r = 0; r < rows; r++) {
            int row = r * out;
            for (int j = 0; j < out; j++) {
                float d = g.get(row + j);
                if (relu && act.get(row + j) <= 0f) {
                    d = 0f;
                    g.put(row + j, 0f);
                }
                sums[j] += d;
            }
        }
        for (int j = 0; j < out; j++) {
            gradBias.put(gradBiasOffset + j, (float) sums[j]);
        }
        Nd4j.gemm(h, gradOut, gradW, true, false, 1.0, 0.0);
        if (!inputGradient) {
            return null;
        }
        gradIn = ensure(gradIn, rows, in);
        Nd4j.gemm(gradOut, w, gradIn, false, true, 1.0, 0.0);
        return gradIn;
    }

    /** dL/dh += dL/da W^T into {@code into}: a second head on the same features adds its share. */
    void addInputGradient(INDArray gradOut, INDArray into) {
        Nd4j.gemm(gradOut, w, into, false, true, 1.0, 1.0);
    }

    private static INDArray ensure(INDArray a, int rows, int cols) {
        return a != null && a.rows() == rows ? a : Nd4j.create(DataType.FLOAT, rows, cols);
    }
}
