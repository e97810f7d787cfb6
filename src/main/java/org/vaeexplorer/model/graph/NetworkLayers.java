package org.vaeexplorer.model.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaeexplorer.model.ModelSize;

/**
 * A network described once, as named parts, each a list of {@link Layer}s (for a standard VAE: the encoder, the
 * posterior heads, the decoder and the likelihood's own weights). The graph family that made it builds its SameDiff
 * graph from these parts, the fast decoders walk {@link #DECODER}, and {@link ModelSize} sums every part.
 */
public record NetworkLayers(Map<String, Stack> parts) {
    /** The part that maps a code to pixel logits; its layers are named with {@link GraphNames#DECODER_PREFIX}. */
    static final String DECODER = "decoder";

    /** Layers applied in order, and the number of features per image they end with. */
    public record Stack(List<Layer> layers, int width) {
        public Stack {
            layers = List.copyOf(layers);
        }

        public long parameters() {
            return layers.stream().mapToLong(Layer::parameters).sum();
        }
    }

    public NetworkLayers {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The part called {@code name}. */
    Stack part(String name) {
        Stack s = parts.get(name);
        if (s == null) {
            throw new IllegalArgumentException("this network has no part '" + name + "'");
        }
        return s;
    }

    /** The single dense layer that is the part {@code name} (a posterior head). */
    Layer.Dense dense(String name) {
        return (Layer.Dense) part(name).layers().get(0);
    }

    Stack decoder() {
        return part(DECODER);
    }

    /** Every trainable value of the network. */
    long parameters() {
        return parts.values().stream().mapToLong(Stack::parameters).sum();
    }

    /** Dense layers from {@code in} through {@code widths} (ReLU after each), then {@code out} linear units if any. */
    static Stack mlp(String prefix, int in, List<Integer> widths, int out) {
        List<Layer> layers = new java.util.ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            layers.add(new Layer.Dense(prefix + i, in, widths.get(i), true));
            in = widths.get(i);
        }
        if (out > 0) {
            layers.add(new Layer.Dense(prefix + "out", in, out, false));
            in = out;
        }
        return new Stack(layers, in);
    }

    /** A part that is one linear dense layer. */
    static Stack linear(String name, int in, int out) {
        return new Stack(List.of(new Layer.Dense(name, in, out, false)), out);
    }
}
