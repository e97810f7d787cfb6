package org.vaeexplorer.model.graph;

import static org.vaeexplorer.model.graph.GraphNames.EPS;
import static org.vaeexplorer.model.graph.GraphNames.LABEL;
import static org.vaeexplorer.model.graph.GraphNames.X;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.vaeexplorer.model.family.NetworkBlock;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.AdversarialTerms;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.decoding.ConvDecoderPath;
import org.vaeexplorer.model.decoding.DecoderPath;
import org.vaeexplorer.model.decoding.DenseDecoderPath;

/**
 * CVAE-GAN's four networks (Bao et al. 2017), built by {@link CvaeGanBuilder}: the encoder E(x, c) and its
 * posterior heads and the generator G(z, c) are the CVAE's ({@link Networks}: the MLP, or the TensorFlow tutorial's
 * conv net with the label as an image plane), so that the explorer decodes G as it decodes a CVAE's decoder; the
 * discriminator D(x) and the classifier C(x) are the encoder's body on the image alone (conv 32, conv 64, 3x3 stride
 * 2; or the MLP's hidden layers), whose last hidden features are f_D and f_C, with a linear head to one logit (D) or
 * to the class logits (C). Each network has its own optimiser, updated in the paper's order C, D, G, E.
 */
public final class CvaeGanGraph extends GraphFamily {
    static final CvaeGanGraph INSTANCE = new CvaeGanGraph();
    /** The noise z_p ~ N(0, I) of the samples x_p = G(z_p, c) the discriminator sees. */
    public static final String Z_PRIOR = "z_prior";
    static final String DISCRIMINATOR = "disc";
    static final String DISCRIMINATOR_HEAD = "disc_out";
    static final String CLASSIFIER = "cls";
    static final String CLASSIFIER_HEAD = "cls_out";

    private CvaeGanGraph() {
    }

    @Override
    public NetworkLayers layers(ModelSpec spec) {
        Map<String, NetworkLayers.Stack> parts = new LinkedHashMap<>();
        NetworkLayers.Stack encoder = Networks.encoder(spec);
        parts.put(EncoderDecoderGraph.ENCODER, encoder);
        parts.put(EncoderDecoderGraph.MU_HEAD, NetworkLayers.linear(EncoderDecoderGraph.MU_HEAD, encoder.width(),
                spec.latentDim()));
        parts.put(EncoderDecoderGraph.LOGVAR_HEAD, NetworkLayers.linear(EncoderDecoderGraph.LOGVAR_HEAD,
                encoder.width(), spec.latentDim()));
        parts.put(NetworkLayers.DECODER, Networks.decoder(spec, spec.latentDim() + spec.numClasses()));
        parts.put(EncoderDecoderGraph.LIKELIHOOD, new NetworkLayers.Stack(
                spec.likelihood() == Likelihood.GAUSSIAN_LEARNED ? List.of(new Layer.Vector(
                        EncoderDecoderGraph.PIXEL_LOGVAR, spec.pixels(), -2.0)) : List.of(), spec.pixels()));
        NetworkLayers.Stack disc = critic(spec, "disc_");
        parts.put(DISCRIMINATOR, disc);
        parts.put(DISCRIMINATOR_HEAD, NetworkLayers.linear(DISCRIMINATOR_HEAD, disc.width(), 1));
        NetworkLayers.Stack cls = critic(spec, "cls_");
        parts.put(CLASSIFIER, cls);
        parts.put(CLASSIFIER_HEAD, NetworkLayers.linear(CLASSIFIER_HEAD, cls.width(), spec.numClasses()));
        return new NetworkLayers(parts);
    }

    /** The body of D or C: the encoder's layers on the image alone, its last hidden features f(x). */
    private static NetworkLayers.Stack critic(ModelSpec spec, String prefix) {
        if (spec.backbone() == Backbone.MLP) {
            return NetworkLayers.mlp(prefix, spec.pixels(), spec.hidden(), 0);
        }
        int r = ((spec.rows() - 3) / 2 + 1 - 3) / 2 + 1;
        int c = ((spec.cols() - 3) / 2 + 1 - 3) / 2 + 1;
        return new NetworkLayers.Stack(List.of(new Layer.ToImage(spec.channels(), spec.rows(), spec.cols()),
                new Layer.Conv(prefix + "conv1", spec.channels(), 32, 3, 2, false, true),
                new Layer.Conv(prefix + "conv2", 32, 64, 3, 2, false, true),
                new Layer.Flatten(64 * r * c)), 64 * r * c);
    }

    /**
     * The path an image takes to its reconstruction, the CVAE's blocks (its encoder and generator are the CVAE's
     * layers), then the two players that judge the images on that path and train the generator through their
     * features: D and C, each its body of layers and its head, read off the same layer list as the graph.
     */
    @Override
    public List<NetworkBlock> blocks(ModelSpec spec) {
        NetworkLayers layers = layers(spec);
        List<NetworkBlock> blocks = new ArrayList<>(EncoderDecoderGraph.INSTANCE.blocks(spec));
        blocks.add(critic(layers.part(DISCRIMINATOR), NetworkBlock.Role.DISCRIMINATOR, 1, "sigmoid"));
        blocks.add(critic(layers.part(CLASSIFIER), NetworkBlock.Role.CLASSIFIER, spec.numClasses(), "softmax"));
        return blocks;
    }

    private static NetworkBlock critic(NetworkLayers.Stack body, NetworkBlock.Role role, int outputs, String last) {
        List<String> lines = new ArrayList<>(NetworkBlocks.describe(body.layers()));
        lines.add(body.width() + " → " + outputs + ", " + last);
        return new NetworkBlock(role, lines, outputs);
    }

    @Override
    public SameDiff build(ModelSpec spec, WeightInit init, DataType dataType) {
        return CvaeGanBuilder.build(spec, layers(spec), init, dataType);
    }

    @Override
    public List<String> trainingInputs(ModelSpec spec) {
        return List.of(X, EPS, LABEL, Z_PRIOR);
    }

    @Override
    void feed(VaeModel model, Map<String, INDArray> feed, int n, NoiseSource noise, boolean useMeans) {
        float[] z = new float[n * model.spec().latentDim()];
        if (!useMeans) {
            noise.fillNormal(z);
        }
        feed.put(Z_PRIOR, model.matrix(z, n));
    }

    /** Every term is part of the loss (the reported ones at weight 0), so the gradient pass computes them all. */
    @Override
    public Set<String> capturedTerms(ModelSpec spec, Set<String> termNames) {
        return termNames;
    }

    @Override
    public void completeTerms(ModelSpec spec, Schedules schedules, Map<String, INDArray> captured) {
    }

    /** Algorithm 1's order of updates: C, D, G (with the likelihood's own weights), E. */
    @Override
    public List<Predicate<String>> optimisers(ModelSpec spec) {
        NetworkLayers layers = layers(spec);
        List<Predicate<String>> networks = new ArrayList<>();
        networks.add(weightsOf(layers, CLASSIFIER, CLASSIFIER_HEAD)::contains);
        networks.add(weightsOf(layers, DISCRIMINATOR, DISCRIMINATOR_HEAD)::contains);
        networks.add(weightsOf(layers, NetworkLayers.DECODER, EncoderDecoderGraph.LIKELIHOOD)::contains);
        networks.add(weightsOf(layers, EncoderDecoderGraph.ENCODER, EncoderDecoderGraph.MU_HEAD,
                EncoderDecoderGraph.LOGVAR_HEAD)::contains);
        return networks;
    }

    /** The graph names of the weights of {@code parts}. */
    static Set<String> weightsOf(NetworkLayers layers, String... parts) {
        Set<String> names = new HashSet<>();
        for (String part : parts) {
            for (Layer layer : layers.part(part).layers()) {
                if (layer instanceof Layer.Dense d) {
                    names.add(Layer.weights(d.name()));
                    names.add(Layer.bias(d.name()));
                } else if (layer instanceof Layer.Conv c) {
                    names.add(Layer.weights(c.name()));
                    names.add(Layer.bias(c.name()));
                } else if (layer instanceof Layer.Deconv d) {
                    names.add(Layer.weights(d.name()));
                    names.add(Layer.bias(d.name()));
                } else if (layer instanceof Layer.LabelPlane p) {
                    names.add(Layer.weights(p.embedding().name()));
                    names.add(Layer.bias(p.embedding().name()));
                } else if (layer instanceof Layer.Vector v) {
                    names.add(v.name());
                }
            }
        }
        return names;
    }

    @Override
    public List<String> reportedTerms(ModelSpec spec) {
        return AdversarialTerms.ALL;
    }

    /**
     * The CVAE's activations, and D's on three images per image (real, reconstructed, sampled) and again on two
     * with its weights held, C's on one and two: eight passes of the encoder's body in all.
     */
    @Override
    public long activationsPerImage(ModelSpec spec) {
        long body = spec.backbone() == Backbone.MLP ? 2 * spec.hidden().stream().mapToLong(Integer::longValue).sum()
                : 32L * spec.rows() * spec.cols() / 4 + 64L * (((spec.rows() - 3) / 2 + 1 - 3) / 2 + 1)
                * (((spec.cols() - 3) / 2 + 1 - 3) / 2 + 1);
        return EncoderDecoderGraph.INSTANCE.activationsPerImage(spec) + 8 * body + 2L * spec.pixels();
    }

    /** G decoded outside the graph, as a CVAE's decoder is. */
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
