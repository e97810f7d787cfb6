package org.vaeexplorer.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.vaeexplorer.model.family.Capabilities;
import org.vaeexplorer.model.family.ModelFamily;
import org.vaeexplorer.model.family.StructuredOutputCvae;
import org.vaeexplorer.model.io.StoredSpec;

/**
 * Everything needed to rebuild a model's graph, stored in every checkpoint: one record per kind (as Pythae's
 * {@code VAEConfig} and {@code BetaVAEConfig}), each with the {@link Network} every kind has, its objective, and
 * what only that kind has. A checkpoint stores it as the flat {@link StoredSpec}.
 */
@JsonSerialize(converter = StoredSpec.Writer.class)
@JsonDeserialize(converter = StoredSpec.Reader.class)
public sealed interface ModelSpec {
    ModelKind kind();

    Network network();

    Objective objective();

    /**
     * The spec of {@code kind} with these values, as a version-1 checkpoint listed them; the kind decides whether a
     * label goes in, and only the structured-output CVAE has {@code structured} settings.
     *
     * @throws IllegalArgumentException with a sentence naming the rule, when the values do not make a model
     */
    static ModelSpec of(ModelKind kind, Backbone backbone, List<Integer> hidden, int latentDim,
                        List<Integer> categories, Likelihood likelihood, double gaussianSigma,
                        KlEstimator klEstimator, boolean conditional, int numClasses, int rows, int cols,
                        Objective objective, TemperatureSchedule temperature, StructuredOutput structured) {
        return of(kind, backbone, hidden, latentDim, categories, likelihood, gaussianSigma, klEstimator, conditional,
                numClasses, rows, cols, 1, objective, temperature, structured);
    }

    /**
     * The spec of {@code kind} with these values, for images of {@code channels} channels.
     *
     * @throws IllegalArgumentException with a sentence naming the rule, when the values do not make a model
     */
    static ModelSpec of(ModelKind kind, Backbone backbone, List<Integer> hidden, int latentDim,
                        List<Integer> categories, Likelihood likelihood, double gaussianSigma,
                        KlEstimator klEstimator, boolean conditional, int numClasses, int rows, int cols,
                        int channels, Objective objective, TemperatureSchedule temperature,
                        StructuredOutput structured) {
        return of(kind, backbone, hidden, latentDim, categories, likelihood, gaussianSigma, klEstimator, conditional,
                numClasses, rows, cols, channels, 0, objective, temperature, structured);
    }

    /**
     * The spec of {@code kind} with these values, for images of {@code channels} channels, its conv backbone with
     * {@code extraStages} stages beyond its base ({@link Network#extraStages}).
     *
     * @throws IllegalArgumentException with a sentence naming the rule, when the values do not make a model
     */
    static ModelSpec of(ModelKind kind, Backbone backbone, List<Integer> hidden, int latentDim,
                        List<Integer> categories, Likelihood likelihood, double gaussianSigma,
                        KlEstimator klEstimator, boolean conditional, int numClasses, int rows, int cols,
                        int channels, int extraStages, Objective objective, TemperatureSchedule temperature,
                        StructuredOutput structured) {
        ModelSpec spec = kind.family().spec(new Network(backbone, hidden, latentDim, categories, likelihood,
                gaussianSigma, klEstimator, numClasses, rows, cols, temperature, channels, extraStages), objective,
                structured);
        if (spec.conditional() != conditional) {
            // The words of ManifestCheck's kind pairings: an edited manifest reads the same whichever refuses it.
            throw SpecException.of(conditional ? "spec.labelWith" : "spec.labelWithout", "a " + kind.cliName()
                    + (conditional ? " with" : " without") + " a label input is not a model this app trains",
                    kind.cliName());
        }
        return spec;
    }

    /** The plain VAE. */
    record Vae(Network network, Objective objective) implements ModelSpec {
        public Vae {
            SpecRules.check(network, false, objective);
        }

        @Override
        public ModelKind kind() {
            return ModelKind.VAE;
        }
    }

    /** The convolutional VAE. */
    record ConvVae(Network network, Objective objective) implements ModelSpec {
        public ConvVae {
            SpecRules.check(network, false, objective);
        }

        @Override
        public ModelKind kind() {
            return ModelKind.CONV_VAE;
        }
    }

    /** The conditional VAE: a one-hot class label goes into encoder and decoder. */
    record Cvae(Network network, Objective objective) implements ModelSpec {
        public Cvae {
            SpecRules.check(network, true, objective);
        }

        @Override
        public ModelKind kind() {
            return ModelKind.CVAE;
        }

        @Override
        public boolean conditional() {
            return true;
        }
    }

    /** Dupont's Joint VAE. */
    record JointVae(Network network, Objective objective) implements ModelSpec {
        public JointVae {
            SpecRules.check(network, false, objective);
        }

        @Override
        public ModelKind kind() {
            return ModelKind.JOINT_VAE;
        }
    }

    /** beta-VAE, with beta or Burgess's capacity. */
    record BetaVae(Network network, Objective objective) implements ModelSpec {
        public BetaVae {
            SpecRules.check(network, false, objective);
        }

        @Override
        public ModelKind kind() {
            return ModelKind.BETA_VAE;
        }
    }

    /** beta-TCVAE: beta weights the total correlation; its family holds its own rule. */
    record BetaTcVae(Network network, Objective objective) implements ModelSpec {
        public BetaTcVae {
            SpecRules.check(network, false, objective);
            org.vaeexplorer.model.family.BetaTcVae.check(network, objective);
        }

        @Override
        public ModelKind kind() {
            return org.vaeexplorer.model.family.BetaTcVae.KIND;
        }
    }

    /** CVAE-GAN: a CVAE's encoder and generator with a discriminator and a classifier; its family holds its rule. */
    record CvaeGan(Network network, Objective objective) implements ModelSpec {
        public CvaeGan {
            SpecRules.check(network, true, objective);
            org.vaeexplorer.model.family.CvaeGan.check(network, objective);
        }

        @Override
        public ModelKind kind() {
            return org.vaeexplorer.model.family.CvaeGan.KIND;
        }

        @Override
        public boolean conditional() {
            return true;
        }
    }

    /** The structured-output CVAE, with its masks and GSNN weight; its family reads them. */
    record Scvae(Network network, Objective objective, StructuredOutput structured) implements ModelSpec {
        public Scvae {
            SpecRules.checkNetwork(network, false);
            StructuredOutputCvae.check(network, objective, structured);
            SpecRules.checkObjective(network, objective);
        }

        @Override
        public ModelKind kind() {
            return ModelKind.SCVAE;
        }
    }

    /**
     * The configuration record of a kind that is not built in (its family lives outside this jar, in a test source
     * set or a plug-in): a record implementing this, made by its family's {@link ModelFamily#spec}, whose
     * constructor calls {@link #checkRules} as the built-in records do.
     */
    non-sealed interface Extension extends ModelSpec {
    }

    /**
     * The rules every spec obeys whatever its kind, for an {@link Extension}'s constructor.
     *
     * @throws IllegalArgumentException with a sentence naming the first rule broken
     */
    static void checkRules(Network network, boolean conditional, Objective objective) {
        SpecRules.check(network, conditional, objective);
    }

    default Backbone backbone() {
        return network().backbone();
    }

    /** Hidden layer widths of the MLP encoder (the decoder mirrors them); empty for the conv nets. */
    default List<Integer> hidden() {
        return network().hidden();
    }

    /** Number of continuous latent dimensions (may be 0 for a purely discrete Joint VAE). */
    default int latentDim() {
        return network().latentDim();
    }

    /** Sizes of the categorical latents, e.g. [10]; empty when there are none. */
    default List<Integer> categories() {
        return network().categories();
    }

    default Likelihood likelihood() {
        return network().likelihood();
    }

    /** The fixed standard deviation of {@link Likelihood#GAUSSIAN_FIXED}. */
    default double gaussianSigma() {
        return network().gaussianSigma();
    }

    default KlEstimator klEstimator() {
        return network().klEstimator();
    }

    /** Whether a one-hot class label is fed to encoder and decoder. */
    default boolean conditional() {
        return false;
    }

    default int numClasses() {
        return network().numClasses();
    }

    default int rows() {
        return network().rows();
    }

    default int cols() {
        return network().cols();
    }

    /** The Gumbel-softmax schedule when there are categorical latents, else null. */
    default TemperatureSchedule temperature() {
        return network().temperature();
    }

    /** The images' channels: 1 grey, 3 colour (channel-planar: the whole first plane, then the next). */
    default int channels() {
        return network().channels();
    }

    /** Stride-2 stages the conv backbone has beyond its base ({@link Network#extraStages}). */
    default int extraStages() {
        return network().extraStages();
    }

    /** The values of one image, rows x cols x channels: the width of the encoder's input and decoder's output. */
    default int pixels() {
        return rows() * cols() * channels();
    }

    /** Total width of the concatenated one-hot codes of all categorical latents. */
    default int categoricalWidth() {
        return categories().stream().mapToInt(Integer::intValue).sum();
    }

    default boolean hasCategorical() {
        return !categories().isEmpty();
    }

    /** What a model of this spec can do. */
    default Capabilities capabilities() {
        return kind().family().capabilities(this);
    }

    /** This model's network as blocks (see {@link org.vaeexplorer.model.family.ModelFamily#blocks}). */
    default java.util.List<org.vaeexplorer.model.family.NetworkBlock> blocks() {
        return kind().family().blocks(this);
    }
}
