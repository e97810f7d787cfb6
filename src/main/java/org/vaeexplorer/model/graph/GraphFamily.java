package org.vaeexplorer.model.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.ModelSize;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.decoding.DecoderPath;

/**
 * A kind of network and how it becomes a trainable graph: its layers (described once, {@link NetworkLayers}), the
 * SameDiff graph built from them, the placeholders a training step feeds, the activations a step's terms are
 * completed from, its parameter count and the fast decoder that reads its decoder's layers. There are two: the
 * standard encoder/decoder graph and the structured-output graph. Each model family ({@code model.family}) picks
 * one; nothing else asks which a model has.
 */
public abstract sealed class GraphFamily permits EncoderDecoderGraph, StructuredOutputGraph, CvaeGanGraph {
    GraphFamily() {
    }

    /** The VAE's encoder, posterior heads and decoder (Kingma and Welling 2014; every kind but scvae). */
    public static GraphFamily encoderDecoder() {
        return EncoderDecoderGraph.INSTANCE;
    }

    /** The baseline, prior, recognition and generation nets of the structured-output CVAE (Sohn et al. 2015). */
    public static GraphFamily structuredOutput() {
        return StructuredOutputGraph.INSTANCE;
    }

    /** The encoder, generator, discriminator and classifier of CVAE-GAN (Bao et al. 2017). */
    public static GraphFamily cvaeGan() {
        return CvaeGanGraph.INSTANCE;
    }

    /** The graph family {@code spec}'s model family picked. */
    public static GraphFamily of(ModelSpec spec) {
        return spec.kind().family().graph();
    }

    /** {@code spec}'s network, layer by layer. */
    public abstract NetworkLayers layers(ModelSpec spec);

    /** {@code spec}'s network as blocks in the order an image flows through them ({@link NetworkBlocks}). */
    public abstract java.util.List<org.vaeexplorer.model.family.NetworkBlock> blocks(ModelSpec spec);

    /** The graph with the weights {@code init} supplies (seeded fresh ones, or a checkpoint's by name). */
    public abstract SameDiff build(ModelSpec spec, WeightInit init, DataType dataType);

    /** A fresh graph with seeded initial weights; its loss variable is set, its training config is not. */
    public final SameDiff build(ModelSpec spec, long seed, DataType dataType) {
        return build(spec, new WeightInit(seed, dataType), dataType);
    }

    /** The placeholders a training or evaluation batch must feed, in a fixed order. */
    public abstract List<String> trainingInputs(ModelSpec spec);

    /**
     * Adds this family's own placeholders to a batch's {@code feed} (after the images, the noise, the labels and
     * the Gumbel inputs; before the capacities), drawing any noise from {@code noise} (none with {@code useMeans}).
     */
    void feed(VaeModel model, Map<String, INDArray> feed, int n, NoiseSource noise, boolean useMeans) {
    }

    /** The activations to keep from a training step: its reported {@code termNames} and the parts of its loss. */
    public abstract Set<String> capturedTerms(ModelSpec spec, Set<String> termNames);

    /**
     * Adds the loss (and the KLs if missing) to a step's {@code captured} activations where they give it; else
     * leaves them, and the step's terms come from a second forward pass. {@code schedules} are those it was fed.
     */
    public abstract void completeTerms(ModelSpec spec, Schedules schedules, Map<String, INDArray> captured);

    /**
     * The networks that each have an optimiser of their own, in the order they are updated within a step: each
     * accepts the names of the weights it trains. Empty (the default): one optimiser for all weights.
     */
    public List<java.util.function.Predicate<String>> optimisers(ModelSpec spec) {
        return List.of();
    }

    /**
     * The graph's scalar outputs a step reports beyond the loss, reconstruction and KL (CVAE-GAN's players' losses
     * and D's mean outputs), in order; each is a batch mean. None by default.
     */
    public List<String> reportedTerms(ModelSpec spec) {
        return List.of();
    }

    /** The part that maps a code to the pixels' logits: the decoder, or the structured-output CVAE's generation net. */
    public final NetworkLayers.Stack decoder(ModelSpec spec) {
        return layers(spec).decoder();
    }

    /** The trainable values of {@code spec}'s graph: the sum over its layers. */
    public final long parameters(ModelSpec spec) {
        return layers(spec).parameters();
    }

    /**
     * Layer outputs a training step keeps per image for the backward pass, for {@link ModelSize}'s memory estimate
     * (an estimate meant to refuse the absurd, its numbers as they were measured; not the layers' exact sizes).
     */
    public abstract long activationsPerImage(ModelSpec spec);

    /**
     * The dense layers of a training step written out by hand ({@code FusedVaeStep}) for {@code spec} in
     * {@code dataType}, or null where the graph's own backward pass trains it (the default).
     */
    public MlpVaeLayers fusedTraining(ModelSpec spec, DataType dataType) {
        return null;
    }

    /** The decoder computed outside SameDiff for this model, or null where the graph's own forward pass decodes. */
    public abstract DecoderPath fastDecoder(ModelSpec spec, DataType dataType);
}
