package org.vaeexplorer.model.graph;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.family.NetworkBlock;
import org.vaeexplorer.model.family.NetworkBlock.Role;

/**
 * A network's {@link NetworkLayers} read as the blocks the How it works view draws: each block's layers written as
 * their sizes (numbers, arrows and the standard layer names, the same in every language), taken from the very layer
 * list the graph is built from.
 */
final class NetworkBlocks {
    private final List<NetworkBlock> blocks = new ArrayList<>();

    /** The image block: rows x columns x channels, and the values per image. */
    NetworkBlocks input(ModelSpec spec) {
        blocks.add(new NetworkBlock(Role.INPUT, List.of(spec.rows() + "×" + spec.cols() + "×" + spec.channels()),
                spec.pixels()));
        return this;
    }

    /** A block of {@code role} made of {@code stack}'s layers. */
    NetworkBlocks add(Role role, NetworkLayers.Stack stack) {
        blocks.add(new NetworkBlock(role, describe(stack.layers()), stack.width()));
        return this;
    }

    /** A block with layers written by its caller (the label, the sample, the Gumbel heads). */
    NetworkBlocks add(Role role, List<String> layers, int width) {
        blocks.add(new NetworkBlock(role, layers, width));
        return this;
    }

    List<NetworkBlock> blocks() {
        return List.copyOf(blocks);
    }

    static List<String> describe(List<Layer> layers) {
        List<String> out = new ArrayList<>();
        for (Layer l : layers) {
            out.add(describe(l));
        }
        return out;
    }

    /** One layer as its sizes, e.g. {@code 784 → 512, ReLU} or {@code conv 3×3 /2, 1 → 32, ReLU}. */
    static String describe(Layer layer) {
        if (layer instanceof Layer.Dense d) {
            return d.in() + " → " + d.out() + relu(d.relu());
        } else if (layer instanceof Layer.Conv c) {
            return "conv " + c.kernel() + "×" + c.kernel() + " /" + c.stride() + ", " + c.in() + " → " + c.out()
                    + relu(c.relu());
        } else if (layer instanceof Layer.Deconv d) {
            return "deconv " + d.kernel() + "×" + d.kernel() + " /" + d.stride() + ", " + d.in() + " → " + d.out()
                    + relu(d.relu());
        } else if (layer instanceof Layer.ToImage t) {
            return "→ " + t.channels() + "×" + t.rows() + "×" + t.cols();
        } else if (layer instanceof Layer.Flatten f) {
            return "→ " + f.width();
        } else if (layer instanceof Layer.Crop c) {
            return "crop " + c.rows() + "×" + c.cols();
        } else if (layer instanceof Layer.JoinLabel j) {
            return "[x, y]: + " + j.classes();
        } else if (layer instanceof Layer.LabelPlane p) {
            return "y: " + p.embedding().in() + " → " + p.rows() + "×" + p.cols() + " (+1 channel)";
        } else if (layer instanceof Layer.Vector v) {
            return "log σ²_pixel: " + v.length();
        }
        throw new IllegalArgumentException("no description of " + layer);
    }

    private static String relu(boolean relu) {
        return relu ? ", ReLU" : "";
    }
}
