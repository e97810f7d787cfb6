package org.vaeexplorer.model.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.DeConv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

/**
 * The {@link Layer}s on a SameDiff graph. Each creates its variables once (the weights, then the bias, drawn in
 * that order) and can be applied many times.
 */
public final class Layers {
    private Layers() {
    }

    /**
     * A {@link NetworkLayers.Stack} on the graph: every layer's variables created in list order, then applied in
     * list order each time (the decoder twice: training path and decoding entry).
     */
    public static final class Stack {
        private final SameDiff sd;
        private final WeightInit init;
        private final List<Applied> applied = new ArrayList<>();
        private final Map<String, SDVariable> vectors = new HashMap<>();

        /**
         * A built layer: what it does to the features {@code h} (and the label, for the layers that join it); with
         * {@code frozen} its weights are read through a stop-gradient.
         */
        private interface Applied {
            SDVariable apply(SDVariable h, SDVariable label, boolean frozen);
        }

        Stack(SameDiff sd, WeightInit init, NetworkLayers.Stack stack) {
            this.sd = sd;
            this.init = init;
            for (Layer layer : stack.layers()) {
                applied.add(build(layer));
            }
        }

        /** The stack on {@code x}; {@code label} is the one-hot label a label layer joins (null when none). */
        SDVariable apply(SDVariable x, SDVariable label) {
            return apply(x, label, false);
        }

        /**
         * The stack on {@code x} with its weights held still: the same values, but no gradient reaches the weights
         * through this application (it still flows back to {@code x}). A loss that reads another network's features
         * without training that network (CVAE-GAN's generator reading the discriminator's) applies it so.
         */
        SDVariable applyFrozen(SDVariable x, SDVariable label) {
            return apply(x, label, true);
        }

        private SDVariable apply(SDVariable x, SDVariable label, boolean frozen) {
            SDVariable h = x;
            for (Applied a : applied) {
                h = a.apply(h, label, frozen);
            }
            return h;
        }

        /** The variable of the learned vector {@code name} in this stack. */
        public SDVariable vector(String name) {
            SDVariable v = vectors.get(name);
            if (v == null) {
                throw new IllegalArgumentException("no learned vector '" + name + "'");
            }
            return v;
        }

        private Applied build(Layer layer) {
            if (layer instanceof Layer.Dense d) {
                Dense dense = new Dense(sd, init, d);
                return (h, label, frozen) -> relu(dense.apply(h, frozen), d.relu());
            } else if (layer instanceof Layer.Conv c) {
                Conv conv = new Conv(sd, init, c);
                return (h, label, frozen) -> relu(conv.apply(sd, h, frozen), c.relu());
            } else if (layer instanceof Layer.Deconv d) {
                Deconv deconv = new Deconv(sd, init, d);
                return (h, label, frozen) -> relu(deconv.apply(sd, h, d.inRows(), d.inCols(), frozen), d.relu());
            } else if (layer instanceof Layer.ToImage t) {
                return (h, label, frozen) -> sd.reshape(h, -1, t.channels(), t.rows(), t.cols());
            } else if (layer instanceof Layer.Flatten f) {
                return (h, label, frozen) -> sd.reshape(h, -1, f.width());
            } else if (layer instanceof Layer.Crop c) {
                return (h, label, frozen) -> h.get(SDIndex.all(), SDIndex.all(), SDIndex.interval(c.top(), c.top() + c.rows()),
                        SDIndex.interval(c.left(), c.left() + c.cols()));
            } else if (layer instanceof Layer.JoinLabel) {
                return (h, label, frozen) -> sd.concat(1, h, label);
            } else if (layer instanceof Layer.LabelPlane p) {
                Dense embedding = new Dense(sd, init, p.embedding());
                return (h, label, frozen) -> sd.concat(1, h, sd.reshape(embedding.apply(label, frozen), -1, 1,
                        p.rows(), p.cols()));
            } else if (layer instanceof Layer.Vector v) {
                vectors.put(v.name(), init.filled(sd, v.name(), v.initial(), v.length()));
                return (h, label, frozen) -> {
                    throw new IllegalStateException(v.name() + " is a learned vector, not a layer to apply");
                };
            }
            throw new IllegalArgumentException("no graph for " + layer);
        }

        private SDVariable relu(SDVariable h, boolean relu) {
            return relu ? sd.nn().relu(h, 0) : h;
        }
    }

    /** {@code weight}'s values without its gradient: a stop-gradient op on it. */
    static SDVariable still(SDVariable weight) {
        return new StopGradient(weight.getSameDiff(), weight).outputVariable();
    }

    /** y = x W + b, W of shape [in, out]. */
    static final class Dense {
        private final SDVariable w;
        private final SDVariable b;

        Dense(SameDiff sd, WeightInit init, Layer.Dense d) {
            w = init.xavierUniform(sd, Layer.weights(d.name()), d.in(), d.out(), d.in(), d.out());
            b = init.zeros(sd, Layer.bias(d.name()), d.out());
        }

        SDVariable apply(SDVariable x) {
            return apply(x, false);
        }

        SDVariable apply(SDVariable x, boolean frozen) {
            return frozen ? x.mmul(still(w)).add(still(b)) : x.mmul(w).add(b);
        }
    }

    /** k x k convolution, NCHW; weights [kH, kW, in, out]. */
    static final class Conv {
        private final SDVariable w;
        private final SDVariable b;
        private final Conv2DConfig config;

        Conv(SameDiff sd, WeightInit init, Layer.Conv c) {
            long k = c.kernel();
            w = init.xavierUniform(sd, Layer.weights(c.name()), k * k * c.in(), k * k * c.out(), k, k, c.in(),
                    c.out());
            b = init.zeros(sd, Layer.bias(c.name()), c.out());
            config = Conv2DConfig.builder().kH(k).kW(k).sH(c.stride()).sW(c.stride())
                    .paddingMode(c.samePadding() ? PaddingMode.SAME : PaddingMode.VALID).dataFormat("NCHW").build();
        }

        SDVariable apply(SameDiff sd, SDVariable x, boolean frozen) {
            return frozen ? sd.cnn().conv2d(x, still(w), still(b), config) : sd.cnn().conv2d(x, w, b, config);
        }
    }

    /**
     * k x k transposed convolution with TensorFlow's 'same' output size (input * stride), NCHW; weights
     * [kH, kW, out, in]. Computed as VALID and cropped, which equals 'same' and keeps oneDNN's fast path
     * (it skips 'same' deconvolution). 'same' for a forward conv of stride s pads (k - s) in total, the
     * smaller half first: k = 3 with stride 2 crops [0, n), with stride 1 [1, n + 1); k = 4 with stride 2 crops
     * [1, n + 1), which is PyTorch's ConvTranspose2d(k=4, stride=2, padding=1) of Dupont's net.
     */
    static final class Deconv {
        private final SDVariable w;
        private final SDVariable b;
        private final DeConv2DConfig config;
        private final int stride;
        private final int kernel;

        Deconv(SameDiff sd, WeightInit init, Layer.Deconv d) {
            long k = d.kernel();
            w = init.xavierUniform(sd, Layer.weights(d.name()), k * k * d.in(), k * k * d.out(), k, k, d.out(),
                    d.in());
            b = init.zeros(sd, Layer.bias(d.name()), d.out());
            this.stride = d.stride();
            this.kernel = d.kernel();
            config = DeConv2DConfig.builder().kH(k).kW(k).sH(stride).sW(stride).isSameMode(false)
                    .dataFormat("NCHW").build();
        }

        SDVariable apply(SameDiff sd, SDVariable x, int inRows, int inCols, boolean frozen) {
            SDVariable full = frozen ? sd.cnn().deconv2d(x, still(w), still(b), config)
                    : sd.cnn().deconv2d(x, w, b, config);
            int rows = inRows * stride;
            int cols = inCols * stride;
            int before = (kernel - stride) / 2;
            return full.get(SDIndex.all(), SDIndex.all(), SDIndex.interval(before, before + rows),
                    SDIndex.interval(before, before + cols));
        }
    }
}
