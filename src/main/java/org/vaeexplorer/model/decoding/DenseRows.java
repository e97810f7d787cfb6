package org.vaeexplorer.model.decoding;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.FlatAdam;

/**
 * A dense layer, y = a W + b, for a few rows, as a plain Java loop over the weight arrays' own memory. For the
 * explorer's one-point decode this beats native calls: a 784-512-2 decoder is 0.14 ms here, while libnd4j hands
 * even a 512-element ReLU to its OpenMP threads, and waiting for them on two cores shared with the JIT put 4-16 ms
 * stalls into one decode in a hundred (docs/performance.md, tenth session).
 */
public final class DenseRows {
    private DenseRows() {
    }

    /**
     * Whether {@link #layer} can read {@code w} and {@code b} as they lie in memory: single precision, dense and row
     * by row, anywhere in their buffers (a trained graph's weights are slices of one flat buffer, {@link FlatAdam}).
     */
    public static boolean readable(INDArray w, INDArray b) {
        return w.dataType() == DataType.FLOAT && b.dataType() == DataType.FLOAT && w.rank() == 2
                && w.ordering() == 'c' && w.stride(1) == 1 && w.stride(0) == w.columns()
                && b.length() == w.columns() && b.elementWiseStride() == 1;
    }

    /** Rows x w.columns() out for the rows x w.rows() input {@code a}; ReLU applied when asked. */
    public static float[] layer(float[] a, int rows, INDArray w, INDArray b, boolean relu) {
        int in = (int) w.rows();
        int out = (int) w.columns();
        // The whole buffer, read at absolute indices from each array's offset.
        FloatBuffer weights = w.data().asNioFloat();
        FloatBuffer bias = b.data().asNioFloat();
        int w0 = (int) w.offset();
        int b0 = (int) b.offset();
        float[] y = new float[rows * out];
        for (int r = 0; r < rows; r++) {
            int row = r * out;
            for (int j = 0; j < out; j++) {
                y[row + j] = bias.get(b0 + j);
            }
            for (int k = 0; k < in; k++) {
                float ak = a[r * in + k];
                int base = w0 + k * out;
                for (int j = 0; j < out; j++) {
                    y[row + j] += ak * weights.get(base + j);
                }
            }
            if (relu) {
                for (int j = 0; j < out; j++) {
                    y[row + j] = Math.max(0f, y[row + j]);
                }
            }
        }
        return y;
    }

    /** σ(x) = 1 / (1 + e<sup>−x</sup>), in place. */
    static float[] sigmoid(float[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (1 / (1 + Math.exp(-x[i])));
        }
        return x;
    }
}
