package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a specification implies before it is built: its parameter count and a rough training-memory estimate, so
 * a model that cannot train or be saved is refused with numbers instead of failing after minutes (a VAE with
 * three 8,192-wide layers, latent 512, batch 4,096 has about 290 million parameters: SameDiff's FlatBuffers
 * serialiser cannot write the 3.5 GB of weights plus Adam state, and training took 9.7 GB resident).
 *
 * <p>Parameters: a dense layer of n inputs and m outputs has n*m + m. Training memory, in 4-byte floats: the
 * weights, their gradient and Adam's two moment estimates (Kingma and Ba 2015) are 4 floats per parameter; each
 * layer's pre-activation and activation are kept for the backward pass, each with a gradient of the same size,
 * so 4 floats per layer output per image. Conv layers count their feature maps as activations. It is an estimate
 * (SameDiff keeps more temporaries), meant to refuse the absurd, not to predict the resident size.
 */
public record ModelSize(long parameters, long trainingBytes) {
    /** SameDiff writes a model with its Adam state through FlatBuffers, which cannot exceed 2 GB (3 floats each). */
    public static final long MAX_PARAMETERS = 150_000_000L;
    /** A training-memory estimate above this is refused: 3 GB, what a teaching laptop can spare. */
    public static final long MAX_TRAINING_BYTES = 3L << 30;
    private static final int FLOAT_BYTES = 4;
    private static final int FLOATS_PER_PARAMETER = 4;
    private static final int FLOATS_PER_ACTIVATION = 4;

    public static ModelSize of(ModelSpec spec, int batchSize) {
        List<int[]> dense = new ArrayList<>();
        long activationsPerImage = 0;
        int classes = spec.conditional() ? spec.numClasses() : 0;
        int code = spec.latentDim() + spec.categoricalWidth() + classes;
        int heads = 2 * spec.latentDim() + spec.categoricalWidth();
        int outputs = spec.pixels() * (spec.likelihood() == Likelihood.GAUSSIAN_LEARNED ? 2 : 1);
        long convParameters = 0;
        if (spec.backbone() == Backbone.CONV) {
            int r = ((spec.rows() - 3) / 2 + 1 - 3) / 2 + 1;
            int c = ((spec.cols() - 3) / 2 + 1 - 3) / 2 + 1;
            int channels = classes > 0 ? 2 : 1;
            convParameters = 9L * channels * 32 + 32 + 9L * 32 * 64 + 64      // encoder convolutions
                    + 9L * 32 * 64 + 64 + 9L * 64 * 32 + 32 + 9L * 32 + 1;     // decoder transposed convolutions
            int features = 64 * r * c;
            dense.add(new int[] {features, heads});
            dense.add(new int[] {code, 32 * (spec.rows() / 4) * (spec.cols() / 4)});
            activationsPerImage += 32L * spec.pixels() / 4 + features + 64L * spec.pixels() / 4 + 32L * spec.pixels();
        } else {
            int in = spec.pixels() + classes;
            for (int h : spec.hidden()) {
                dense.add(new int[] {in, h});
                in = h;
            }
            dense.add(new int[] {in, heads});
            in = code;
            for (int i = spec.hidden().size() - 1; i >= 0; i--) {
                dense.add(new int[] {in, spec.hidden().get(i)});
                in = spec.hidden().get(i);
            }
            dense.add(new int[] {in, outputs});
        }
        long parameters = convParameters;
        for (int[] layer : dense) {
            parameters += (long) layer[0] * layer[1] + layer[1];
            activationsPerImage += layer[1];
        }
        long bytes = FLOAT_BYTES * (FLOATS_PER_PARAMETER * parameters
                + FLOATS_PER_ACTIVATION * activationsPerImage * batchSize);
        return new ModelSize(parameters, bytes);
    }

    /** Why this model cannot be trained here, with its numbers; empty when it fits. */
    public Optional<String> problem() {
        if (parameters > MAX_PARAMETERS) {
            return Optional.of(String.format(Locale.ROOT, "the model has %,d parameters; at most %,d can be trained"
                    + " and saved (use smaller hidden layers or a smaller latent size)", parameters, MAX_PARAMETERS));
        }
        if (trainingBytes > MAX_TRAINING_BYTES) {
            return Optional.of(String.format(Locale.ROOT, "training this model at this batch size needs about %.1f GB"
                    + " of memory, more than the %.1f GB allowed (use a smaller batch or smaller layers)",
                    trainingBytes / 1e9, MAX_TRAINING_BYTES / 1e9));
        }
        return Optional.empty();
    }
}
