package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.decoding.ConvDecoderPath;
import org.vaeexplorer.model.decoding.DecoderPath;
import org.vaeexplorer.model.decoding.DenseDecoderPath;

/**
 * Which models decode outside SameDiff's session: single-precision MLP and conv decoders, each by its own path;
 * structured output and double precision (the gradient checks) through the graph.
 */
class DecoderPathTest {
    @Test
    void eachBackboneInSinglePrecisionGetsItsOwnPathAndTheRestTheGraph() {
        ModelSpec mlp = ModelKind.VAE.defaultSpec(28, 28, 10);
        ModelSpec conv = ModelKind.CONV_VAE.defaultSpec(28, 28, 10);
        ModelSpec dupont = ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(28, 28, 10).backbone(Backbone.DUPONT)
                .latent(10).categories(List.of(10)).build();
        assertInstanceOf(DenseDecoderPath.class, DecoderPath.of(mlp, DataType.FLOAT));
        assertInstanceOf(ConvDecoderPath.class, DecoderPath.of(conv, DataType.FLOAT));
        assertInstanceOf(ConvDecoderPath.class, DecoderPath.of(dupont, DataType.FLOAT));
        assertNull(DecoderPath.of(mlp, DataType.DOUBLE));
        assertNull(DecoderPath.of(conv, DataType.DOUBLE));
        assertNull(DecoderPath.of(ModelKind.SCVAE.defaultSpec(28, 28, 10), DataType.FLOAT));
    }
}
