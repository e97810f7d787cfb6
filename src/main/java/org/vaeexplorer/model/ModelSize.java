package org.vaeexplorer.model;

import java.util.Locale;
import java.util.Optional;
import org.vaeexplorer.model.graph.GraphFamily;
import org.vaeexplorer.model.graph.NetworkLayers;

/**
 * What a specification implies before it is built: its exact parameter count, a rough training-memory estimate,
 * and the largest file its weights can make. A model that cannot train or be saved is refused with numbers
 * instead of failing after minutes (a VAE with three 8,192-wide layers, latent 512, batch 4,096 has about 290
 * million parameters: SameDiff's FlatBuffers serialiser cannot write the 3.5 GB of weights plus Adam state, and
 * training took 9.7 GB resident); and a checkpoint's weights entry larger than its manifest's model allows is
 * refused while it inflates.
 *
 * <p>Parameters are the sum over the layers the graph is built from ({@link NetworkLayers}): a dense layer of n
 * inputs and m outputs has n*m + m, a k x k kernel k*k*n*m + m ({@code ModelSizeTest} checks the count against built
 * graphs of every kind and backbone). Training memory, in 4-byte floats: the weights, their gradient and Adam's two
 * moment estimates (Kingma and Ba 2015) are 4 floats per parameter; each layer's pre-activation and activation are kept
 * for the backward pass, each with a gradient of the same size, so 4 floats per layer output per image. Conv layers
 * count their feature maps as activations. It is an estimate (SameDiff keeps more temporaries), meant to refuse the
 * absurd, not to predict the resident size.
 */
public record ModelSize(long parameters, long trainingBytes) {
    /** SameDiff writes a model with its Adam state through FlatBuffers, which cannot exceed 2 GB (3 floats each). */
    public static final long MAX_PARAMETERS = 150_000_000L;
    /** A training-memory estimate above this is refused: 3 GB, what a teaching laptop can spare. */
    public static final long MAX_TRAINING_BYTES = 3L << 30;
    private static final int FLOATS_PER_PARAMETER = 4;
    private static final int FLOATS_PER_ACTIVATION = 4;
    /** Adam keeps two moments per weight; a checkpoint holds the weights and both. */
    private static final int SAVED_COPIES = 3;
    /** The graph's structure (ops, names, placeholders) besides the arrays: generous, measured at about 60 kB. */
    private static final long GRAPH_OVERHEAD_BYTES = 4L << 20;

    public static ModelSize of(ModelSpec spec, int batchSize) {
        long parameters = parameters(spec);
        long bytes = (long) Float.BYTES * (FLOATS_PER_PARAMETER * parameters
                + FLOATS_PER_ACTIVATION * GraphFamily.of(spec).activationsPerImage(spec) * batchSize);
        return new ModelSize(parameters, bytes);
    }

    /** Trainable weights (and biases) of {@code spec}'s graph. */
    public static long parameters(ModelSpec spec) {
        return GraphFamily.of(spec).parameters(spec);
    }

    /**
     * The most bytes a saved graph of {@code spec} can take: float32 weights with Adam's two moments, a quarter
     * more for the flat-buffer framing, and the graph's structure. A checkpoint's weights entry above this cannot
     * belong to the manifest beside it.
     */
    public static long savedBytesBound(ModelSpec spec) {
        long arrays = parameters(spec) * Float.BYTES * SAVED_COPIES;
        return arrays + arrays / 4 + GRAPH_OVERHEAD_BYTES;
    }

    /** Why this model cannot be trained here, with its numbers; empty when it fits. */
    public Optional<String> problem() {
        return refusal().map(SpecException::getMessage);
    }

    /**
     * {@link #problem()} as the run service refuses it: by the Train form's own keys, so a window says it in its
     * language and the command line in English.
     */
    public Optional<SpecException> refusal() {
        if (parameters > MAX_PARAMETERS) {
            return Optional.of(SpecException.of("train.form.tooManyParameters", String.format(Locale.ROOT,
                    "the model has %,d parameters; at most %,d can be trained and saved (use smaller hidden layers or"
                    + " a smaller latent size)", parameters, MAX_PARAMETERS), parameters, MAX_PARAMETERS));
        }
        if (trainingBytes > MAX_TRAINING_BYTES) {
            double needed = Math.round(trainingBytes / 1e8) / 10.0;
            double allowed = Math.round(MAX_TRAINING_BYTES / 1e8) / 10.0;
            return Optional.of(SpecException.of("train.form.tooMuchMemory", String.format(Locale.ROOT,
                    "training this model at this batch size needs about %.1f GB of memory, more than the %.1f GB"
                    + " allowed (use a smaller batch or smaller layers)", trainingBytes / 1e9,
                    MAX_TRAINING_BYTES / 1e9), needed, allowed));
        }
        return Optional.empty();
    }
}
