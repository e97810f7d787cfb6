package org.vaeexplorer.model.graph;

import static org.vaeexplorer.model.graph.GraphNames.CAP_CONT;
import static org.vaeexplorer.model.graph.GraphNames.CAP_DISC;
import static org.vaeexplorer.model.graph.GraphNames.EPS;
import static org.vaeexplorer.model.graph.GraphNames.GUMBEL_U;
import static org.vaeexplorer.model.graph.GraphNames.LABEL;
import static org.vaeexplorer.model.graph.GraphNames.TAU;
import static org.vaeexplorer.model.graph.GraphNames.X;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ObjectiveType;
import org.vaeexplorer.model.family.NetworkBlock;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.decoding.ConvDecoderPath;
import org.vaeexplorer.model.decoding.DecoderPath;
import org.vaeexplorer.model.decoding.DenseDecoderPath;
import org.vaeexplorer.model.objective.CapturedObjective;

/**
 * The standard VAE graph ({@link VaeGraphBuilder}): an encoder of the spec's backbone ({@link Networks}), the
 * posterior heads (mu and log-variance, a logit layer per categorical latent), a decoder from the code
 * [z | c | y], and the learned per-pixel log-variances of {@link Likelihood#GAUSSIAN_LEARNED}.
 */
public final class EncoderDecoderGraph extends GraphFamily {
    static final EncoderDecoderGraph INSTANCE = new EncoderDecoderGraph();
    static final String ENCODER = "encoder";
    static final String MU_HEAD = "mu";
    static final String LOGVAR_HEAD = "logvar";
    static final String LIKELIHOOD = "likelihood";
    public static final String PIXEL_LOGVAR = GraphNames.DECODER_PREFIX + "pixel_logvar";

    private EncoderDecoderGraph() {
    }

    /** The head of categorical latent i. */
    static String categoricalHead(int i) {
        return "cat" + i;
    }

    @Override
    public NetworkLayers layers(ModelSpec spec) {
        Map<String, NetworkLayers.Stack> parts = new LinkedHashMap<>();
        NetworkLayers.Stack encoder = Networks.encoder(spec);
        parts.put(ENCODER, encoder);
        if (spec.latentDim() > 0) {
            parts.put(MU_HEAD, NetworkLayers.linear(MU_HEAD, encoder.width(), spec.latentDim()));
            parts.put(LOGVAR_HEAD, NetworkLayers.linear(LOGVAR_HEAD, encoder.width(), spec.latentDim()));
        }
        for (int i = 0; i < spec.categories().size(); i++) {
            parts.put(categoricalHead(i), NetworkLayers.linear(categoricalHead(i), encoder.width(),
                    spec.categories().get(i)));
        }
        int codeWidth = spec.latentDim() + spec.categoricalWidth() + (spec.conditional() ? spec.numClasses() : 0);
        parts.put(NetworkLayers.DECODER, Networks.decoder(spec, codeWidth));
        List<Layer> likelihood = spec.likelihood() == Likelihood.GAUSSIAN_LEARNED
                ? List.of(new Layer.Vector(PIXEL_LOGVAR, spec.pixels(), -2.0)) : List.of();
        parts.put(LIKELIHOOD, new NetworkLayers.Stack(likelihood, spec.pixels()));
        return new NetworkLayers(parts);
    }

    /**
     * The image (and label), the encoder, the mean and log-variance heads, the categorical heads with their
     * Gumbel-softmax sample, z = mu + sigma * epsilon, the decoder and the output: the parts of {@link #layers}.
     */
    @Override
    public List<NetworkBlock> blocks(ModelSpec spec) {
        NetworkLayers l = layers(spec);
        NetworkBlocks b = new NetworkBlocks().input(spec);
        if (spec.conditional()) {
            b.add(NetworkBlock.Role.LABEL, List.of("one-hot " + spec.numClasses()), spec.numClasses());
        }
        b.add(NetworkBlock.Role.ENCODER, l.part(ENCODER));
        if (spec.latentDim() > 0) {
            b.add(NetworkBlock.Role.MEAN, l.part(MU_HEAD));
            b.add(NetworkBlock.Role.LOG_VARIANCE, l.part(LOGVAR_HEAD));
        }
        if (spec.hasCategorical()) {
            List<String> heads = new ArrayList<>();
            for (int i = 0; i < spec.categories().size(); i++) {
                heads.add("c" + (i + 1) + ": " + NetworkBlocks.describe(l.dense(categoricalHead(i))));
            }
            heads.add("softmax((log α + g) / τ)");
            b.add(NetworkBlock.Role.GUMBEL, heads, spec.categoricalWidth());
        }
        if (spec.latentDim() > 0) {
            b.add(NetworkBlock.Role.SAMPLE, List.of("ε ~ N(0, I)"), spec.latentDim());
        }
        b.add(NetworkBlock.Role.DECODER, l.decoder());
        List<String> out = new ArrayList<>(List.of("sigmoid → " + spec.rows() + "×" + spec.cols() + "×"
                + spec.channels()));
        out.addAll(NetworkBlocks.describe(l.part(LIKELIHOOD).layers()));
        return b.add(NetworkBlock.Role.OUTPUT, out, spec.pixels()).blocks();
    }

    @Override
    public SameDiff build(ModelSpec spec, WeightInit init, DataType dataType) {
        return VaeGraphBuilder.build(spec, layers(spec), init, dataType);
    }

    @Override
    public List<String> trainingInputs(ModelSpec spec) {
        List<String> names = new ArrayList<>(List.of(X));
        if (spec.latentDim() > 0) {
            names.add(EPS);
        }
        if (spec.conditional()) {
            names.add(LABEL);
        }
        if (spec.hasCategorical()) {
            names.add(GUMBEL_U);
            names.add(TAU);
        }
        if (spec.objective().continuous() != null) {
            names.add(CAP_CONT);
        }
        if (spec.objective().discrete() != null) {
            names.add(CAP_DISC);
        }
        return names;
    }

    @Override
    public Set<String> capturedTerms(ModelSpec spec, Set<String> termNames) {
        return CapturedObjective.captureNames(spec, termNames);
    }

    @Override
    public void completeTerms(ModelSpec spec, Schedules schedules, Map<String, INDArray> captured) {
        CapturedObjective.complete(spec, schedules, captured);
    }

    @Override
    public long activationsPerImage(ModelSpec spec) {
        long heads = 2L * spec.latentDim() + spec.categoricalWidth();
        // The conv nets' feature maps are sized by the image's area, whatever its channels; colour adds only its
        // other input and output planes.
        long pixels = (long) spec.rows() * spec.cols();
        long otherPlanes = spec.pixels() - pixels;
        return switch (spec.backbone()) {
            // Encoder maps at 1/4, 1/16 and 1/64 of the pixels; the decoder's at 1/16, 1/4 and the padded output.
            case DUPONT -> 32 * pixels / 4 + 64 * pixels / 16 + 2 * dupontFeatures(spec) + 4L * DupontNet.HIDDEN
                    + heads + 32 * pixels / 16 + 32 * pixels / 4 + 2 * pixels + 2 * otherPlanes;
            case CONV -> 32 * pixels / 4 + convFeatures(spec) + 64 * pixels / 4 + 32 * pixels + heads
                    + 32L * (spec.rows() / 4) * (spec.cols() / 4) + 2 * otherPlanes;
            case MLP -> 2 * spec.hidden().stream().mapToLong(Integer::longValue).sum() + heads + spec.pixels();
        } + extraStageMaps(spec, pixels);
    }

    /**
     * The maps a 64-pixel conv model's extra stage adds: the conv net's third encoder map and its decoder's first
     * (smaller) map; Dupont's extra encoder map at 1/16 of the pixels and his decoder's extra 64-channel map.
     */
    private static long extraStageMaps(ModelSpec spec, long pixels) {
        if (spec.extraStages() == 0) {
            return 0;
        }
        if (spec.backbone() == Backbone.CONV) {
            long rows = (((spec.rows() - 3) / 2 + 1 - 3) / 2 + 1 - 3) / 2 + 1;
            long cols = (((spec.cols() - 3) / 2 + 1 - 3) / 2 + 1 - 3) / 2 + 1;
            return 64 * rows * cols + 32 * pixels / 64;
        }
        return 32 * pixels / 16 + 64 * pixels / 64;
    }

    private static long dupontFeatures(ModelSpec spec) {
        return 64L * DupontNet.featureSide(spec.rows(), spec.extraStages())
                * DupontNet.featureSide(spec.cols(), spec.extraStages());
    }

    private static long convFeatures(ModelSpec spec) {
        long rows = ((spec.rows() - 3) / 2 + 1 - 3) / 2 + 1;
        long cols = ((spec.cols() - 3) / 2 + 1 - 3) / 2 + 1;
        return 64 * rows * cols;
    }

    /**
     * In single precision, the MLP VAE whose loss the hand-written step computes: a kind whose family says its loss is
     * {@code StandardObjective}'s with the standard normal prior ({@code ModelFamily.standardLoss}), the ELBO, beta
     * or capacity objective, a Bernoulli likelihood, the analytic KL, continuous latents only, no label, and dense
     * layers only. Every other model trains through the graph.
     */
    @Override
    public MlpVaeLayers fusedTraining(ModelSpec spec, DataType dataType) {
        ObjectiveType objective = spec.objective().type();
        boolean covered = dataType == DataType.FLOAT && spec.kind().family().standardLoss()
                && (objective == ObjectiveType.ELBO || objective == ObjectiveType.BETA
                || objective == ObjectiveType.CAPACITY)
                && spec.likelihood() == Likelihood.BERNOULLI && spec.klEstimator() == KlEstimator.ANALYTIC
                && spec.latentDim() > 0 && !spec.hasCategorical() && !spec.conditional();
        return covered ? MlpVaeLayers.of(layers(spec)) : null;
    }

    /** In single precision, the decoder's layers walked outside the graph: dense ones, or dense then transposed. */
    @Override
    public DecoderPath fastDecoder(ModelSpec spec, DataType dataType) {
        if (dataType != DataType.FLOAT) {
            return null;
        }
        NetworkLayers.Stack decoder = layers(spec).decoder();
        return ConvDecoderPath.covers(decoder) ? new ConvDecoderPath(decoder)
                : DenseDecoderPath.covers(decoder) ? new DenseDecoderPath(decoder) : null;
    }
}
