package org.vaeexplorer.model.decoding;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.graph.Layers;

/**
 * One of {@link Layers.Deconv}'s transposed convolutions for inference, as one matrix product and a scatter
 * ("col2im"). With the input as channels-last rows X (n·h·w x in) and the weights as W (in x k·k·out),
 * <pre>  C = X W,   y[b, Y, X', o] = bias[o] + Σ C[(b, i, j), (u, v, o)]  over s·i + u − p = Y, s·j + v − p = X'</pre>
 * for outputs inside the s·h x s·w image, p = (k − s) / 2 being the crop that gives TensorFlow's 'same' size
 * ({@link Layers.Deconv}). The product runs in OpenBLAS; the scatter is one add per product entry. The TensorFlow
 * tutorial decoder's 14x14x64 -> 28x28x32 layer took 72 ms per 200 images in libnd4j's {@code deconv2d} (its oneDNN
 * path), 177-200 ms in Debian's oneDNN 2.6.3 called directly, and 25-30 ms this way (docs/performance.md).
 */
public final class TransposedConv2d {
    private final INDArray weights;
    private final float[] bias;
    private final int k;
    private final int stride;
    private final int out;
    private final boolean relu;

    /**
     * @param kernel SameDiff's [kH, kW, out, in] weights
     * @param bias   [out]
     * @param relu   whether a ReLU follows (fused into the scatter)
     */
    TransposedConv2d(INDArray kernel, INDArray bias, int stride, boolean relu) {
        long[] shape = kernel.shape();
        this.k = (int) shape[0];
        this.out = (int) shape[2];
        int in = (int) shape[3];
        this.stride = stride;
        this.relu = relu;
        this.weights = kernel.permute(3, 0, 1, 2).dup('c').reshape('c', in, (long) k * k * out)
                .castTo(DataType.FLOAT);
        this.bias = bias.castTo(DataType.FLOAT).toFloatVector();
    }

    /**
     * {@code x}: n·h·w rows of the input channels (c order); returns the n·(s·h)·(s·w) rows of the output's, in an
     * array of {@code buffers} that the next decode of n images overwrites.
     */
    INDArray apply(INDArray x, int n, int h, int w, DecoderBuffers buffers) {
        String slot = h + "x" + w + ">" + out;
        INDArray columns = buffers.get(n, slot + " columns", (long) n * h * w, weights.columns());
        Nd4j.gemm(x, weights, columns, false, false, 1.0, 0.0);
        int oh = stride * h;
        int ow = stride * w;
        INDArray y = buffers.get(n, slot + " out", (long) n * oh * ow, out);
        FloatBuffer from = floats(columns);
        FloatBuffer to = floats(y);
        int inBlock = h * w * k * k * out;
        int outBlock = oh * ow * out;
        IntStream.range(0, n).parallel().forEach(b -> {
            float[] c = Scratch.COLUMNS.get().of(inBlock);
            from.get(b * inBlock, c, 0, inBlock);
            float[] acc = Scratch.IMAGE.get().of(outBlock);
            scatter(c, acc, h, w, oh, ow);
            to.put(b * outBlock, acc, 0, outBlock);
        });
        return y;
    }

    /**
     * Adds each input pixel's k·k·out products into the output pixels they reach. The loops run tap by tap (u, v)
     * over the input rows and columns that tap keeps inside the image, so no pixel tests bounds; for one output
     * channel the innermost loop walks a row instead of a single channel (3.4-4.6 ms per 400 images against 16-24 ms
     * pixel by pixel, the last layer of the TensorFlow tutorial's decoder).
     */
    private void scatter(float[] c, float[] acc, int h, int w, int oh, int ow) {
        if (out == 1) {
            Arrays.fill(acc, 0, oh * ow, bias[0]);
        } else {
            for (int px = 0; px < oh * ow; px++) { // also clears what the scratch array held before
                System.arraycopy(bias, 0, acc, px * out, out);
            }
        }
        int p = (k - stride) / 2;
        for (int u = 0; u < k; u++) {
            int firstRow = Math.max(0, ceilDiv(p - u, stride));
            int lastRow = Math.min(h - 1, Math.floorDiv(oh - 1 + p - u, stride));
            for (int v = 0; v < k; v++) {
                int firstCol = Math.max(0, ceilDiv(p - v, stride));
                int lastCol = Math.min(w - 1, Math.floorDiv(ow - 1 + p - v, stride));
                for (int i = firstRow; i <= lastRow; i++) {
                    int target = (stride * i + u - p) * ow + stride * firstCol + v - p;
                    int source = (i * w + firstCol) * k * k * out + (u * k + v) * out;
                    if (out == 1) {
                        addRowSingleChannel(c, source, acc, target, lastCol - firstCol + 1);
                    } else {
                        addRow(c, source, acc, target * out, lastCol - firstCol + 1);
                    }
                }
            }
        }
        if (relu) {
            for (int q = 0; q < oh * ow * out; q++) {
                acc[q] = Math.max(acc[q], 0f);
            }
        }
    }

    /** One tap's products for {@code count} input pixels of a row into their output pixels, all channels each. */
    private void addRow(float[] c, int source, float[] acc, int target, int count) {
        for (int j = 0; j < count; j++, source += k * k * out, target += stride * out) {
            for (int o = 0; o < out; o++) {
                acc[target + o] += c[source + o];
            }
        }
    }

    /** {@link #addRow} for one output channel, in a method of its own so the JIT compiles it for that case. */
    private void addRowSingleChannel(float[] c, int source, float[] acc, int target, int count) {
        for (int j = 0; j < count; j++, source += k * k, target += stride) {
            acc[target] += c[source];
        }
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }

    /** A thread's working array, kept between calls: a fresh one per image was 65 MB of garbage per 200 images. */
    private static final class Scratch {
        static final ThreadLocal<Scratch> COLUMNS = ThreadLocal.withInitial(Scratch::new);
        static final ThreadLocal<Scratch> IMAGE = ThreadLocal.withInitial(Scratch::new);
        private float[] values = new float[0];

        float[] of(int length) {
            if (values.length < length) {
                values = new float[length];
            }
            return values;
        }
    }

    /**
     * The array's own memory as floats (no copy); {@code a} must be a contiguous FLOAT array that starts its buffer
     * (one of {@link DecoderBuffers}'), and stay reachable while the view is used.
     */
    static FloatBuffer floats(INDArray a) {
        return a.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
    }
}
