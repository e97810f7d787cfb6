package org.vaeexplorer.model;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

/** A decoder computed outside SameDiff's session, for {@link VaeModel#decode}: the explorer's latency path. */
interface DecoderPath {
    /** {@link VaeModel#decode}'s arguments, and the graph whose weights are read; n x pixels out. */
    float[] decode(SameDiff sd, ModelSpec spec, float[] z, float[] categories, float[] labels, int n);

    /** The path for this model, or null where the graph's own forward pass decodes (structured output, doubles). */
    static DecoderPath of(ModelSpec spec, DataType dataType) {
        if (ConvDecoderPath.covers(spec, dataType)) {
            return new ConvDecoderPath();
        }
        return DenseDecoderPath.covers(spec, dataType) ? new DenseDecoderPath() : null;
    }
}
