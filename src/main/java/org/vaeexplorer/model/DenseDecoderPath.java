package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The MLP decoders' images (sigmoid of the decoder's logits, {@link GraphNames#DECODED}) computed on the graph's
 * weight arrays outside SameDiff's session, for the explorer's decodes while a point is dragged: for
 * {@link Networks}' MLP decoder with hidden widths h<sub>1</sub> ... h<sub>L</sub> (reversed from the encoder's),
 * <pre>  a<sub>0</sub> = [z, c, y],   a<sub>i</sub> = max(0, a<sub>i−1</sub> W<sub>i</sub> + b<sub>i</sub>),
 *   decoded = σ(a<sub>L</sub> W<sub>out</sub> + b<sub>out</sub>)</pre>
 * The session's own bookkeeping (its per-call arrays, listeners and dependency tracking) was most of a 0.5 ms point
 * decode. Here a batch is six native calls into arrays kept between decodes ({@link DecoderBuffers}), and a few rows
 * (the dragged point) are a Java loop ({@link DenseRows}) that never waits on libnd4j's OpenMP threads.
 * {@code DenseDecoderPathTest} holds both to the graph's images. The weights are read at every call, so a copy
 * refreshed from a training run is decoded with its new weights.
 */
final class DenseDecoderPath implements DecoderPath {
    private static final String P = GraphNames.DECODER_PREFIX;
    /** Up to this many rows a Java loop ({@link DenseRows}) beats ND4J's native calls; beyond, gemm wins. */
    static final int JAVA_ROWS = 4;
    /** The output layer's name: its logits go through the sigmoid, not a ReLU. */
    private static final String OUT = "out";
    private final DecoderBuffers buffers = new DecoderBuffers();

    /** Whether {@link #decode} covers this model: an MLP backbone in single precision, without structured output. */
    static boolean covers(ModelSpec spec, DataType dataType) {
        return spec.backbone() == Backbone.MLP && !spec.capabilities().completes() && dataType == DataType.FLOAT;
    }

    /** One decode at a time: they share the buffers. */
    @Override
    public synchronized float[] decode(SameDiff sd, ModelSpec spec, float[] code, int n) {
        List<String> layers = layers(spec);
        if (n <= JAVA_ROWS && layers.stream().allMatch(l -> DenseRows.readable(weights(sd, l), bias(sd, l)))) {
            float[] a = code;
            for (String l : layers) {
                a = DenseRows.layer(a, n, weights(sd, l), bias(sd, l), !l.equals(OUT));
            }
            return DenseRows.sigmoid(a);
        }
        INDArray a = buffers.get(n, "code", n, code.length / n);
        a.data().setData(code);
        for (String l : layers) {
            a = layer(sd, a, n, l);
            if (!l.equals(OUT)) {
                Transforms.relu(a, false);
            }
        }
        INDArray images = Transforms.sigmoid(a, false);
        float[] out = new float[(int) images.length()];
        TransposedConv2d.floats(images).get(out);
        return out;
    }

    /** The decoder's dense layers in order: the hidden ones, "0" to "L−1" (ReLU after each), then {@value #OUT}. */
    private static List<String> layers(ModelSpec spec) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < spec.hidden().size(); i++) {
            names.add(Integer.toString(i));
        }
        names.add(OUT);
        return names;
    }

    private static INDArray weights(SameDiff sd, String layer) {
        return sd.getArrForVarName(P + layer + "_w");
    }

    private static INDArray bias(SameDiff sd, String layer) {
        return sd.getArrForVarName(P + layer + "_b");
    }

    /** a W + b for the decoder's layer {@code name}, into this batch size's kept array for it. */
    private INDArray layer(SameDiff sd, INDArray a, int n, String name) {
        INDArray w = weights(sd, name);
        INDArray y = buffers.get(n, name, n, w.columns());
        Nd4j.gemm(a, w, y, false, false, 1.0, 0.0);
        return y.addiRowVector(bias(sd, name));
    }
}
