package org.vaeexplorer.model.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * The dense layers of an MLP VAE in the order a hand-written training step walks them ({@code FusedVaeStep}): the
 * encoder's ReLU layers, the two linear posterior heads (mu and log sigma^2) and the decoder, whose last layer gives
 * the pixels' logits. Read from the layer list the graph is built from ({@link EncoderDecoderGraph#layers}), so the
 * names are the graph's weights'.
 */
public record MlpVaeLayers(List<Layer.Dense> encoder, Layer.Dense mu, Layer.Dense logVar, List<Layer.Dense> decoder) {
    public MlpVaeLayers {
        encoder = List.copyOf(encoder);
        decoder = List.copyOf(decoder);
    }

    /** The layers of {@code layers}, or null if a part holds anything but dense layers (a label join, a conv). */
    static MlpVaeLayers of(NetworkLayers layers) {
        List<Layer.Dense> encoder = dense(layers.part(EncoderDecoderGraph.ENCODER).layers());
        List<Layer.Dense> decoder = dense(layers.decoder().layers());
        List<Layer.Dense> mu = dense(layers.part(EncoderDecoderGraph.MU_HEAD).layers());
        List<Layer.Dense> logVar = dense(layers.part(EncoderDecoderGraph.LOGVAR_HEAD).layers());
        if (encoder == null || decoder == null || decoder.isEmpty() || mu == null || mu.size() != 1
                || logVar == null || logVar.size() != 1
                || !layers.part(EncoderDecoderGraph.LIKELIHOOD).layers().isEmpty()) {
            return null;
        }
        return new MlpVaeLayers(encoder, mu.get(0), logVar.get(0), decoder);
    }

    private static List<Layer.Dense> dense(List<Layer> layers) {
        List<Layer.Dense> out = new ArrayList<>();
        for (Layer l : layers) {
            if (!(l instanceof Layer.Dense d)) {
                return null;
            }
            out.add(d);
        }
        return out;
    }
}
