package org.vaeexplorer.model.graph;

import org.vaeexplorer.model.ModelSize;
import org.vaeexplorer.model.decoding.ConvDecoderPath;
import org.vaeexplorer.model.decoding.DenseDecoderPath;

/**
 * One layer of a network as it is described once ({@link NetworkLayers}): the SameDiff graph is built from these
 * ({@link Layers}), the explorer's fast decoders walk them ({@link DenseDecoderPath}, {@link ConvDecoderPath}),
 * and {@link ModelSize} sums their {@link #parameters()}. A layer with weights names them {@code name + "_w"} and
 * {@code name + "_b"}; the graph's variables carry those names, and checkpoints store them under them.
 */
public sealed interface Layer {
    /** The trainable values this layer holds. */
    default long parameters() {
        return 0;
    }

    /** The weights' name in the graph. */
    static String weights(String name) {
        return name + "_w";
    }

    /** The bias's name in the graph. */
    static String bias(String name) {
        return name + "_b";
    }

    /** y = x W + b, W of shape [in, out]; a ReLU after it when {@code relu}. */
    record Dense(String name, int in, int out, boolean relu) implements Layer {
        @Override
        public long parameters() {
            return (long) in * out + out;
        }
    }

    /**
     * k x k convolution, NCHW, weights [k, k, in, out]; 'same' or 'valid' padding as TensorFlow's; a ReLU after it
     * when {@code relu}.
     */
    record Conv(String name, int in, int out, int kernel, int stride, boolean samePadding, boolean relu)
            implements Layer {
        @Override
        public long parameters() {
            return (long) kernel * kernel * in * out + out;
        }
    }

    /**
     * k x k transposed convolution with TensorFlow's 'same' output size (input side times stride), NCHW, weights
     * [k, k, out, in], on inputs of {@code inRows} x {@code inCols}; a ReLU after it when {@code relu}.
     */
    record Deconv(String name, int in, int out, int kernel, int stride, int inRows, int inCols, boolean relu)
            implements Layer {
        @Override
        public long parameters() {
            return (long) kernel * kernel * in * out + out;
        }
    }

    /** Rows of features [B, channels * rows * cols] as images [B, channels, rows, cols]. */
    record ToImage(int channels, int rows, int cols) implements Layer {
    }

    /** Images back to rows of {@code width} features. */
    record Flatten(int width) implements Layer {
    }

    /** The rows x cols window of each image whose top left corner is at (top, left). */
    record Crop(int top, int left, int rows, int cols) implements Layer {
    }

    /** The one-hot label appended to each row (Sohn et al. 2015's CVAE concatenates it to the input). */
    record JoinLabel(int classes) implements Layer {
    }

    /**
     * The label as one more image channel: a learned embedding of the one-hot label to rows x cols values, as
     * PyTorch-VAE's CVAE does.
     */
    record LabelPlane(Dense embedding, int rows, int cols) implements Layer {
        @Override
        public long parameters() {
            return embedding.parameters();
        }
    }

    /** A learned vector of {@code length} values starting at {@code initial}, e.g. per-pixel log-variances. */
    record Vector(String name, int length, double initial) implements Layer {
        @Override
        public long parameters() {
            return length;
        }
    }
}
