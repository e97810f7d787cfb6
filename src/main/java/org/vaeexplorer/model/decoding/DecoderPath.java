package org.vaeexplorer.model.decoding;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.graph.GraphFamily;

/** A decoder computed outside SameDiff's session, for {@link VaeModel#decode}: the explorer's latency path. */
public interface DecoderPath {
    /** {@link VaeModel#decode}'s codes (at least one), decoded with the weights of {@code sd}: n x pixels out. */
    default float[] decode(SameDiff sd, ModelSpec spec, LatentCodes codes) {
        return decode(sd, spec, DecoderInput.rows(codes), codes.count());
    }

    /** The images for n rows of {@link DecoderInput#rows}, n &gt; 0. */
    float[] decode(SameDiff sd, ModelSpec spec, float[] code, int n);

    /** The path for this model, or null where the graph's own forward pass decodes (structured output, doubles). */
    static DecoderPath of(ModelSpec spec, DataType dataType) {
        return GraphFamily.of(spec).fastDecoder(spec, dataType);
    }
}
