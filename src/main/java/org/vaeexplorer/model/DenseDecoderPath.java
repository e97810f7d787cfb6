package org.vaeexplorer.model;

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
    private final DecoderBuffers buffers = new DecoderBuffers();

    /** Whether {@link #decode} covers this model: an MLP backbone in single precision, without structured output. */
    static boolean covers(ModelSpec spec, DataType dataType) {
        return spec.backbone() == Backbone.MLP && spec.structured() == null && dataType == DataType.FLOAT;
    }

    /** One decode at a time: they share the buffers. */
    @Override
    public synchronized float[] decode(SameDiff sd, ModelSpec spec, float[] code, int n) {
        if (n <= JAVA_ROWS && weightsReadable(sd, spec)) {
            return decodeInJava(sd, spec, code, n);
        }
        INDArray a = buffers.get(n, "code", n, code.length / n);
        a.data().setData(code);
        List<Integer> hidden = spec.hidden();
        for (int i = 0; i < hidden.size(); i++) {
            a = layer(sd, a, n, Integer.toString(i));
            Transforms.relu(a, false);
        }
        INDArray images = Transforms.sigmoid(layer(sd, a, n, "out"), false);
        float[] out = new float[(int) images.length()];
        TransposedConv2d.floats(images).get(out);
        return out;
    }

    private static float[] decodeInJava(SameDiff sd, ModelSpec spec, float[] code, int n) {
        float[] a = code;
        for (int i = 0; i < spec.hidden().size(); i++) {
            a = DenseRows.layer(a, n, weights(sd, Integer.toString(i)), bias(sd, Integer.toString(i)), true);
        }
        return DenseRows.sigmoid(DenseRows.layer(a, n, weights(sd, "out"), bias(sd, "out"), false));
    }

    private static boolean weightsReadable(SameDiff sd, ModelSpec spec) {
        for (int i = 0; i < spec.hidden().size(); i++) {
            if (!DenseRows.readable(weights(sd, Integer.toString(i)), bias(sd, Integer.toString(i)))) {
                return false;
            }
        }
        return DenseRows.readable(weights(sd, "out"), bias(sd, "out"));
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
