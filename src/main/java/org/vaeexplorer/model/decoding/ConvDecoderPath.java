package org.vaeexplorer.model.decoding;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.graph.DupontNet;
import org.vaeexplorer.model.graph.GraphNames;
import org.vaeexplorer.model.graph.Layer;
import org.vaeexplorer.model.graph.NetworkLayers;
import org.vaeexplorer.model.graph.Networks;

/**
 * The conv decoders' images (sigmoid of the decoder's logits, {@link GraphNames#DECODED}) computed outside the graph,
 * for the explorer: the same weights (found by the names the decoder's layer list gives) and the same arithmetic as
 * the graph's conv decoders ({@link Networks}, {@link DupontNet}), walking the same layer list, with each
 * transposed convolution done as {@link TransposedConv2d}. Decoding the
 * 20x20 grid is almost all transposed convolutions, which libnd4j runs at a third of the speed of a convolution
 * with as many multiply-adds. Training keeps the graph (and its gradients); {@code ConvDecoderPathTest} holds the
 * two to the same images. The weights are read at every call, so a copy refreshed from a training run is decoded
 * with its new weights.
 */
public final class ConvDecoderPath implements DecoderPath {
    private static final int RUN = 200;
    private final List<Layer.Dense> dense = new ArrayList<>();
    private final Layer.ToImage image;
    private final List<Layer.Deconv> deconvs = new ArrayList<>();
    private final Layer.Crop crop;
    private final DecoderBuffers buffers = new DecoderBuffers();

    /** @param decoder a decoder {@link #covers} takes */
    public ConvDecoderPath(NetworkLayers.Stack decoder) {
        if (!covers(decoder)) {
            throw new IllegalArgumentException("not a transposed-convolution decoder: " + decoder);
        }
        Layer.ToImage toImage = null;
        Layer.Crop window = null;
        for (Layer l : decoder.layers()) {
            if (l instanceof Layer.Dense d) {
                dense.add(d);
            } else if (l instanceof Layer.ToImage t) {
                toImage = t;
            } else if (l instanceof Layer.Deconv d) {
                deconvs.add(d);
            } else if (l instanceof Layer.Crop c) {
                window = c;
            }
        }
        image = toImage;
        crop = window;
    }

    /**
     * Whether {@link #decode} covers this decoder: dense ReLU layers, features to images, transposed convolutions
     * ending in the images' channels, perhaps a crop, and the images flattened back.
     */
    public static boolean covers(NetworkLayers.Stack decoder) {
        List<Layer> layers = decoder.layers();
        int i = 0;
        while (i < layers.size() && layers.get(i) instanceof Layer.Dense d && d.relu()) {
            i++;
        }
        if (i == 0 || i >= layers.size() || !(layers.get(i++) instanceof Layer.ToImage)) {
            return false;
        }
        int first = i;
        while (i < layers.size() && layers.get(i) instanceof Layer.Deconv) {
            i++;
        }
        if (i == first) {
            return false;
        }
        if (i < layers.size() && layers.get(i) instanceof Layer.Crop) {
            i++;
        }
        return i == layers.size() - 1 && layers.get(i) instanceof Layer.Flatten;
    }

    /**
     * One decode at a time (they share the buffers), in near-equal runs of at most {@value #RUN} codes, so that the
     * kept arrays stay near 100 MB whatever n is.
     */
    @Override
    public synchronized float[] decode(SameDiff sd, ModelSpec spec, float[] code, int n) {
        int width = code.length / n;
        List<TransposedConv2d> layers = new ArrayList<>();
        for (Layer.Deconv d : deconvs) {
            layers.add(new TransposedConv2d(sd.getArrForVarName(Layer.weights(d.name())),
                    sd.getArrForVarName(Layer.bias(d.name())), d.stride(), d.relu()));
        }
        float[] out = new float[n * spec.pixels()];
        int runs = (n + RUN - 1) / RUN;
        for (int from = 0, size = (n + runs - 1) / runs; from < n; from += size) {
            int m = Math.min(size, n - from);
            float[] images = decodeRun(sd, layers, Arrays.copyOfRange(code, from * width, (from + m) * width), m);
            System.arraycopy(images, 0, out, from * spec.pixels(), images.length);
        }
        return out;
    }

    private float[] decodeRun(SameDiff sd, List<TransposedConv2d> layers, float[] code, int n) {
        INDArray h = Nd4j.create(code, new long[] {n, code.length / n}, 'c');
        for (Layer.Dense d : dense) {
            h = dense(sd, h, d);
        }
        int rows = image.rows();
        int cols = image.cols();
        // The graph reshapes to channels first; the transposed convolutions take channels last.
        h = h.reshape('c', n, image.channels(), rows, cols).permute(0, 2, 3, 1).dup('c')
                .reshape('c', (long) n * rows * cols, image.channels());
        for (int i = 0; i < layers.size(); i++) {
            Layer.Deconv d = deconvs.get(i);
            h = layers.get(i).apply(h, n, d.inRows(), d.inCols(), buffers);
        }
        Layer.Deconv last = deconvs.get(deconvs.size() - 1);
        int oh = last.inRows() * last.stride();
        int ow = last.inCols() * last.stride();
        Window w = crop == null ? new Window(oh, ow, 0, 0, oh, ow)
                : new Window(oh, ow, crop.top(), crop.left(), crop.rows(), crop.cols());
        return sigmoid(h, n, last.out(), w);
    }

    private static INDArray dense(SameDiff sd, INDArray x, Layer.Dense d) {
        INDArray y = x.mmul(sd.getArrForVarName(Layer.weights(d.name())))
                .addiRowVector(sd.getArrForVarName(Layer.bias(d.name())));
        return Transforms.relu(y, false);
    }

    /** The rows x cols window at (top, left) of an oh x ow logit image. */
    private record Window(int oh, int ow, int top, int left, int rows, int cols) {
    }

    /**
     * The window of each oh x ow logit image (channels last, as the transposed convolutions leave it), through the
     * logistic function, laid out channel-planar as the graph flattens its NCHW output; images in parallel, since
     * the exponentials were a tenth of a grid's decode on one thread.
     */
    private static float[] sigmoid(INDArray logits, int n, int channels, Window w) {
        FloatBuffer in = TransposedConv2d.floats(logits);
        int plane = w.rows() * w.cols();
        float[] out = new float[n * channels * plane];
        IntStream.range(0, n).parallel().forEach(b -> {
            for (int ch = 0; ch < channels; ch++) {
                int q = (b * channels + ch) * plane;
                for (int r = 0; r < w.rows(); r++) {
                    int base = (b * w.oh() + w.top() + r) * w.ow() + w.left();
                    for (int c = 0; c < w.cols(); c++) {
                        out[q++] = (float) (1.0 / (1.0 + Math.exp(-in.get((base + c) * channels + ch))));
                    }
                }
            }
        });
        return out;
    }
}
