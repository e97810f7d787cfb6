package org.vaeexplorer.model;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The conv decoders' images (sigmoid of the decoder's logits, {@link GraphNames#DECODED}) computed outside the graph,
 * for the explorer: the same weights and the same arithmetic as {@link Networks}' conv decoder and
 * {@link DupontNet.Decoder}, with each transposed convolution done as {@link TransposedConv2d}. Decoding the
 * 20x20 grid is almost all transposed convolutions, which libnd4j runs at a third of the speed of a convolution
 * with as many multiply-adds. Training keeps the graph (and its gradients); {@code ConvDecoderPathTest} holds the
 * two to the same images. The weights are read at every call, so a copy refreshed from a training run is decoded
 * with its new weights.
 */
final class ConvDecoderPath implements DecoderPath {
    private static final String P = GraphNames.DECODER_PREFIX;
    private static final int RUN = 200;
    private final DecoderBuffers buffers = new DecoderBuffers();

    /** Whether {@link #decode} covers this model: a conv backbone in single precision, without structured output. */
    static boolean covers(ModelSpec spec, DataType dataType) {
        return (spec.backbone() == Backbone.CONV || spec.backbone() == Backbone.DUPONT)
                && !spec.capabilities().completes() && dataType == DataType.FLOAT;
    }

    /**
     * One decode at a time (they share the buffers), in near-equal runs of at most {@value #RUN} codes, so that the
     * kept arrays stay near 100 MB whatever n is.
     */
    @Override
    public synchronized float[] decode(SameDiff sd, ModelSpec spec, float[] code, int n) {
        int width = code.length / n;
        int lastStride = spec.backbone() == Backbone.DUPONT ? 2 : 1;
        TransposedConv2d[] layers = {layer(sd, "deconv1", 2, true), layer(sd, "deconv2", 2, true),
            layer(sd, "deconv3", lastStride, false)};
        float[] out = new float[n * spec.pixels()];
        int runs = (n + RUN - 1) / RUN;
        for (int from = 0, size = (n + runs - 1) / runs; from < n; from += size) {
            int m = Math.min(size, n - from);
            float[] images = decodeRun(sd, spec, layers, Arrays.copyOfRange(code, from * width, (from + m) * width), m);
            System.arraycopy(images, 0, out, from * spec.pixels(), images.length);
        }
        return out;
    }

    private float[] decodeRun(SameDiff sd, ModelSpec spec, TransposedConv2d[] layers, float[] code, int n) {
        INDArray x = Nd4j.create(code, new long[] {n, code.length / n}, 'c');
        boolean dupont = spec.backbone() == Backbone.DUPONT;
        int rows = dupont ? DupontNet.featureSide(spec.rows()) : spec.rows() / 4;
        int cols = dupont ? DupontNet.featureSide(spec.cols()) : spec.cols() / 4;
        INDArray h = dupont ? dense(sd, dense(sd, x, "dense1"), "dense2") : dense(sd, x, "dense");
        long channels = h.columns() / ((long) rows * cols);
        // The graph reshapes to channels first; the transposed convolutions take channels last.
        h = h.reshape('c', n, channels, rows, cols).permute(0, 2, 3, 1).dup('c').reshape('c', (long) n * rows * cols,
                channels);
        h = layers[0].apply(h, n, rows, cols, buffers);
        h = layers[1].apply(h, n, 2 * rows, 2 * cols, buffers);
        h = layers[2].apply(h, n, 4 * rows, 4 * cols, buffers);
        int stride = dupont ? 2 : 1;
        return sigmoid(h, n, 4 * rows * stride, 4 * cols * stride, spec.rows(), spec.cols());
    }

    private static INDArray dense(SameDiff sd, INDArray x, String name) {
        INDArray y = x.mmul(sd.getArrForVarName(P + name + "_w")).addiRowVector(sd.getArrForVarName(P + name + "_b"));
        return Transforms.relu(y, false);
    }

    private static TransposedConv2d layer(SameDiff sd, String name, int stride, boolean relu) {
        return new TransposedConv2d(sd.getArrForVarName(P + name + "_w"), sd.getArrForVarName(P + name + "_b"),
                stride, relu);
    }

    /**
     * The centre rows x cols of each oh x ow single-channel logit image, through the logistic function; images in
     * parallel, since the exponentials were a tenth of a grid's decode on one thread.
     */
    private static float[] sigmoid(INDArray logits, int n, int oh, int ow, int rows, int cols) {
        FloatBuffer in = TransposedConv2d.floats(logits);
        int top = (oh - rows) / 2;
        int left = (ow - cols) / 2;
        float[] out = new float[n * rows * cols];
        IntStream.range(0, n).parallel().forEach(b -> {
            int q = b * rows * cols;
            for (int r = 0; r < rows; r++) {
                int base = (b * oh + top + r) * ow + left;
                for (int c = 0; c < cols; c++) {
                    out[q++] = (float) (1.0 / (1.0 + Math.exp(-in.get(base + c))));
                }
            }
        });
        return out;
    }
}
