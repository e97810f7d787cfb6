package org.vaeexplorer.model;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

/** A decoder computed outside SameDiff's session, for {@link VaeModel#decode}: the explorer's latency path. */
interface DecoderPath {
    /** {@link VaeModel#decode}'s arguments, and the graph whose weights are read; n x pixels out. */
    default float[] decode(SameDiff sd, ModelSpec spec, float[] z, float[] categories, float[] labels, int n) {
        return n == 0 ? new float[0] : decode(sd, spec, decoderInput(spec, z, categories, labels, n), n);
    }

    /** The images for n rows of {@link #decoderInput}, n &gt; 0. */
    float[] decode(SameDiff sd, ModelSpec spec, float[] code, int n);

    /** The path for this model, or null where the graph's own forward pass decodes (structured output, doubles). */
    static DecoderPath of(ModelSpec spec, DataType dataType) {
        return GraphFamily.of(spec).fastDecoder(spec, dataType);
    }

    /**
     * The decoder's input as the graph concatenates it, n rows of [z, c, y]: each row's code, then its categories,
     * then its label, leaving out the parts the model does not have.
     */
    private static float[] decoderInput(ModelSpec spec, float[] z, float[] categories, float[] labels, int n) {
        float[] none = new float[0];
        return rowsSideBySide(n, spec.latentDim() > 0 ? z : none, spec.hasCategorical() ? categories : none,
                spec.conditional() ? labels : none);
    }

    private static float[] rowsSideBySide(int n, float[]... parts) {
        int width = 0;
        for (float[] p : parts) {
            width += p.length / n;
        }
        float[] out = new float[n * width];
        int offset = 0;
        for (float[] p : parts) {
            int w = p.length / n;
            for (int i = 0; i < n; i++) {
                System.arraycopy(p, i * w, out, i * width + offset, w);
            }
            offset += w;
        }
        return out;
    }
}
