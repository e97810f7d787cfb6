package org.vaeexplorer.model.decoding;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.graph.GraphNames;
import org.vaeexplorer.model.graph.Layer;
import org.vaeexplorer.model.graph.NetworkLayers;

/**
 * The MLP decoders' images (sigmoid of the decoder's logits, {@link GraphNames#DECODED}) computed on the graph's
 * weight arrays outside SameDiff's session, for the explorer's decodes while a point is dragged: for a decoder of
 * dense layers ({@link Layer.Dense}, found by the names its layer list gives) with widths h<sub>1</sub> ...
 * h<sub>L</sub>,
 * <pre>  a<sub>0</sub> = [z, c, y],   a<sub>i</sub> = max(0, a<sub>i−1</sub> W<sub>i</sub> + b<sub>i</sub>),
 *   decoded = σ(a<sub>L</sub> W<sub>out</sub> + b<sub>out</sub>)</pre>
 * The session's own bookkeeping (its per-call arrays, listeners and dependency tracking) was most of a 0.5 ms point
 * decode. Here a batch is six native calls into arrays kept between decodes ({@link DecoderBuffers}), and a few rows
 * (the dragged point) are a Java loop ({@link DenseRows}) that never waits on libnd4j's OpenMP threads.
 * {@code DenseDecoderPathTest} holds both to the graph's images. The weights are read at every call, so a copy
 * refreshed from a training run is decoded with its new weights.
 */
public final class DenseDecoderPath implements DecoderPath {
    /** Up to this many rows a Java loop ({@link DenseRows}) beats ND4J's native calls; beyond, gemm wins. */
    public static final int JAVA_ROWS = 4;
    private final List<Layer.Dense> layers = new ArrayList<>();
    private final DecoderBuffers buffers = new DecoderBuffers();

    /** @param decoder a decoder of dense layers only ({@link #covers}) */
    public DenseDecoderPath(NetworkLayers.Stack decoder) {
        if (!covers(decoder)) {
            throw new IllegalArgumentException("not a decoder of dense layers: " + decoder);
        }
        decoder.layers().forEach(l -> layers.add((Layer.Dense) l));
    }

    /** Whether {@link #decode} covers this decoder: dense layers only, each with or without a ReLU. */
    public static boolean covers(NetworkLayers.Stack decoder) {
        return !decoder.layers().isEmpty() && decoder.layers().stream().allMatch(l -> l instanceof Layer.Dense);
    }

    /** One decode at a time: they share the buffers. */
    @Override
    public synchronized float[] decode(SameDiff sd, ModelSpec spec, float[] code, int n) {
        if (n <= JAVA_ROWS && layers.stream().allMatch(l -> DenseRows.readable(weights(sd, l), bias(sd, l)))) {
            float[] a = code;
            for (Layer.Dense l : layers) {
                a = DenseRows.layer(a, n, weights(sd, l), bias(sd, l), l.relu());
            }
            return DenseRows.sigmoid(a);
        }
        INDArray a = buffers.get(n, "code", n, code.length / n);
        a.data().setData(code);
        for (Layer.Dense l : layers) {
            a = layer(sd, a, n, l);
            if (l.relu()) {
                Transforms.relu(a, false);
            }
        }
        INDArray images = Transforms.sigmoid(a, false);
        float[] out = new float[(int) images.length()];
        TransposedConv2d.floats(images).get(out);
        return out;
    }

    private static INDArray weights(SameDiff sd, Layer.Dense layer) {
        return sd.getArrForVarName(Layer.weights(layer.name()));
    }

    private static INDArray bias(SameDiff sd, Layer.Dense layer) {
        return sd.getArrForVarName(Layer.bias(layer.name()));
    }

    /** a W + b for the decoder's layer {@code l}, into this batch size's kept array for it. */
    private INDArray layer(SameDiff sd, INDArray a, int n, Layer.Dense l) {
        INDArray w = weights(sd, l);
        INDArray y = buffers.get(n, l.name(), n, w.columns());
        Nd4j.gemm(a, w, y, false, false, 1.0, 0.0);
        return y.addiRowVector(bias(sd, l));
    }
}
