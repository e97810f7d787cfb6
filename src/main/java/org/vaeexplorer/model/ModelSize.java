package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How many weights a {@link ModelSpec} implies, counted from the spec alone, without building the graph: a
 * checkpoint's weights entry is bounded by it before anything is inflated, and a form can refuse a model that
 * could not be built. Mirrors {@code Networks}, {@code Layers} and {@code ReconstructionTerm}; {@code
 * ModelSizeTest} checks the count against built graphs of every kind.
 */
public final class ModelSize {
    /** Adam keeps two moments per weight; a checkpoint holds the weights and both. */
    private static final int COPIES_WITH_OPTIMISER = 3;
    /** The graph's structure (ops, names, placeholders) besides the arrays: generous, measured at about 60 kB. */
    private static final long GRAPH_OVERHEAD_BYTES = 4L << 20;

    private ModelSize() {
    }

    /** Trainable weights (and biases) of {@code spec}'s graph. */
    public static long parameters(ModelSpec spec) {
        long n = spec.backbone() == Backbone.MLP ? mlp(spec) : conv(spec);
        if (spec.likelihood() == Likelihood.GAUSSIAN_LEARNED) {
            n += spec.pixels();
        }
        return n;
    }

    /**
     * The most bytes a saved graph of {@code spec} can take: float32 weights with Adam's two moments, a quarter
     * more for the flat-buffer framing, and the graph's structure. A checkpoint's weights entry above this
     * cannot belong to the manifest beside it.
     */
    public static long savedBytesBound(ModelSpec spec) {
        long arrays = parameters(spec) * Float.BYTES * COPIES_WITH_OPTIMISER;
        return arrays + arrays / 4 + GRAPH_OVERHEAD_BYTES;
    }

    private static long mlp(ModelSpec spec) {
        long n = 0;
        long in = spec.pixels() + (spec.conditional() ? spec.numClasses() : 0);
        for (int width : spec.hidden()) {
            n += dense(in, width);
            in = width;
        }
        n += heads(spec, in);
        List<Integer> widths = new ArrayList<>(spec.hidden());
        Collections.reverse(widths);
        long code = codeWidth(spec);
        for (int width : widths) {
            n += dense(code, width);
            code = width;
        }
        return n + dense(code, spec.pixels());
    }

    /** The TensorFlow tutorial's net: two 3x3 stride-2 convs (32, 64), dense, three 3x3 transposed convs. */
    private static long conv(ModelSpec spec) {
        int channels = spec.conditional() ? 2 : 1;
        long n = spec.conditional() ? dense(spec.numClasses(), spec.pixels()) : 0;
        n += kernel(channels, 32) + kernel(32, 64);
        long rows = ((spec.rows() - 3) / 2 + 1 - 3) / 2 + 1;
        long cols = ((spec.cols() - 3) / 2 + 1 - 3) / 2 + 1;
        n += heads(spec, 64 * rows * cols);
        n += dense(codeWidth(spec), 32L * (spec.rows() / 4) * (spec.cols() / 4));
        return n + kernel(32, 64) + kernel(64, 32) + kernel(32, 1);
    }

    /** The posterior heads: mu and log-variance, and a logit layer per categorical latent. */
    private static long heads(ModelSpec spec, long width) {
        long n = 2 * dense(width, spec.latentDim());
        for (int k : spec.categories()) {
            n += dense(width, k);
        }
        return n;
    }

    private static long codeWidth(ModelSpec spec) {
        return spec.latentDim() + spec.categoricalWidth() + (spec.conditional() ? spec.numClasses() : 0);
    }

    private static long dense(long in, long out) {
        return in * out + out;
    }

    private static long kernel(long in, long out) {
        return 9 * in * out + out;
    }
}
