package org.vaeexplorer.model.decoding;

import java.nio.FloatBuffer;
import java.util.List;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.graph.Layer;

/**
 * A conv decoder for one code (the dragged point) in plain Java, never calling into libnd4j: the same layers and
 * arithmetic as {@link ConvDecoderPath} (dense ReLU layers, features to channels-last images, each transposed
 * convolution y[Y, X, o] = bias[o] + Σ x[i, j, c] W[u, v, o, c] over s·i + u − p = Y, s·j + v − p = X, the crop, the
 * logistic function). {@link ConvDecoderPath}'s way for one point made eight native calls (the dense layer, its
 * bias and ReLU, a permute, a weight permute and copy per layer, the products); each may wait on libnd4j's OpenMP
 * threads, and on two shared cores that put stalls of 10-70 ms into the drag's slowest frames (issue 35, as the
 * MLP's {@link DenseRows} found in the tenth session). The weights are read from the graph's arrays at every call,
 * as there, so a copy refreshed from a training run decodes with its new weights.
 */
final class ConvRows {
    /**
     * Only the one dragged point takes the Java loop: its floats differ from OpenBLAS's products in the last bits
     * (within 1e-5 of the graph's), and the shipped models' golden decodes (three codes and more, and the
     * reconstructions of four images) stay bit for bit what they were through the products in OpenBLAS.
     */
    static final int MAX_CODES = 1;

    private ConvRows() {
    }

    /** Whether every weight this path reads is a dense single-precision array it can read as it lies in memory. */
    static boolean readable(SameDiff sd, List<Layer.Dense> dense, List<Layer.Deconv> deconvs) {
        for (Layer.Dense d : dense) {
            if (!DenseRows.readable(sd.getArrForVarName(Layer.weights(d.name())),
                    sd.getArrForVarName(Layer.bias(d.name())))) {
                return false;
            }
        }
        for (Layer.Deconv d : deconvs) {
            INDArray w = sd.getArrForVarName(Layer.weights(d.name()));
            INDArray b = sd.getArrForVarName(Layer.bias(d.name()));
            if (w.dataType() != DataType.FLOAT || b.dataType() != DataType.FLOAT || w.ordering() != 'c'
                    || w.elementWiseStride() != 1 || b.elementWiseStride() != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * The n images (channel-planar, rows x cols each, after the crop {@code window}) of the n codes in {@code code}.
     *
     * @param window top, left, rows, cols of the part of the last layer's output kept
     */
    static float[] decode(SameDiff sd, List<Layer.Dense> dense, Layer.ToImage image, List<Layer.Deconv> deconvs,
                          int[] window, float[] code, int n) {
        float[] h = code;
        for (Layer.Dense d : dense) {
            h = DenseRows.layer(h, n, sd.getArrForVarName(Layer.weights(d.name())),
                    sd.getArrForVarName(Layer.bias(d.name())), d.relu());
        }
        int channels = image.channels();
        int plane = image.rows() * image.cols();
        // The graph reshapes to channels first; the transposed convolutions below take channels last.
        float[] x = new float[h.length];
        for (int b = 0; b < n; b++) {
            for (int c = 0; c < channels; c++) {
                for (int q = 0; q < plane; q++) {
                    x[(b * plane + q) * channels + c] = h[(b * channels + c) * plane + q];
                }
            }
        }
        for (Layer.Deconv d : deconvs) {
            x = transposedConv(x, n, d, sd.getArrForVarName(Layer.weights(d.name())),
                    sd.getArrForVarName(Layer.bias(d.name())));
        }
        Layer.Deconv last = deconvs.get(deconvs.size() - 1);
        return sigmoid(x, n, last.out(), last.inRows() * last.stride(), last.inCols() * last.stride(), window);
    }

    /**
     * One transposed convolution of n channels-last images, as {@link TransposedConv2d} does it: the products
     * C = X W (h·w rows of k·k·out values per image) and their scatter into the output. The weights are taken from
     * SameDiff's [k, k, out, in] layout into W = [in, k·k·out], so each input value adds a long contiguous row of W
     * (a loop the JIT vectorises); an input value of zero (most, after a ReLU) adds nothing and is skipped.
     */
    private static float[] transposedConv(float[] x, int n, Layer.Deconv d, INDArray kernel, INDArray bias) {
        int k = d.kernel();
        int in = d.in();
        int out = d.out();
        int h = d.inRows();
        int w = d.inCols();
        int oh = d.stride() * h;
        int ow = d.stride() * w;
        int row = k * k * out;
        float[] weights = new float[in * row];
        FloatBuffer raw = kernel.data().asNioFloat();
        int k0 = (int) kernel.offset();
        for (int tap = 0; tap < k * k; tap++) {
            for (int o = 0; o < out; o++) {
                for (int c = 0; c < in; c++) {
                    weights[c * row + tap * out + o] = raw.get(k0 + (tap * out + o) * in + c);
                }
            }
        }
        float[] b = new float[out];
        bias.data().asNioFloat().get((int) bias.offset(), b, 0, out);
        float[] products = new float[h * w * row];
        float[] y = new float[n * oh * ow * out];
        float[] image = new float[oh * ow * out];
        for (int img = 0; img < n; img++) {
            java.util.Arrays.fill(products, 0f);
            for (int px = 0; px < h * w; px++) {
                int source = (img * h * w + px) * in;
                for (int c = 0; c < in; c++) {
                    float a = x[source + c];
                    if (a != 0f) {
                        addScaled(a, weights, c * row, products, px * row, row);
                    }
                }
            }
            TransposedConv2d.scatter(products, image, h, w, oh, ow, k, d.stride(), out, b, d.relu());
            System.arraycopy(image, 0, y, img * image.length, image.length);
        }
        return y;
    }

    /** to[t..t+length) += a · from[f..f+length). */
    private static void addScaled(float a, float[] from, int f, float[] to, int t, int length) {
        for (int q = 0; q < length; q++) {
            to[t + q] += a * from[f + q];
        }
    }

    /** The window of each channels-last oh x ow logit image through σ, laid out channel-planar as the graph's. */
    private static float[] sigmoid(float[] logits, int n, int channels, int oh, int ow, int[] window) {
        int top = window[0];
        int left = window[1];
        int rows = window[2];
        int cols = window[3];
        float[] images = new float[n * channels * rows * cols];
        int q = 0;
        for (int b = 0; b < n; b++) {
            for (int ch = 0; ch < channels; ch++) {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        float v = logits[((b * oh + top + r) * ow + left + c) * channels + ch];
                        images[q++] = (float) (1.0 / (1.0 + Math.exp(-v)));
                    }
                }
            }
        }
        return images;
    }
}
