package org.vaeexplorer.model;

import java.util.List;
import java.util.Set;

/**
 * The one way to make a {@link ModelSpec} from a person's choices (the command line and the Train form alike):
 * start from a kind's defaults, override by name, {@link #build()}. Which settings a kind reads is
 * {@link ModelSetting#of}; the builder answers it too, so callers need not know the rule.
 *
 * <p>The defaults are those of each kind's paper or seed implementation: 784-512-2 MLP VAE (Kingma and Welling
 * 2014); the TensorFlow tutorial's conv VAE with its Monte-Carlo ELBO; a CVAE with the label fed to encoder and
 * decoder (Sohn et al. 2015); Dupont's JointVAE MNIST setting (2018: 10 continuous, one discrete latent with one
 * category per class, capacities 0 to 5 nats over 25,000 iterations, gamma 30, tau 0.67); beta-VAE with beta = 4
 * (Higgins et al. 2017); the structured-output CVAE as Pyro's reproduction of Sohn et al. 2015 (500-500 hidden
 * layers, 200 latent dimensions, random quadrant masks so that one model completes any of them).
 */
public final class ModelSpecBuilder {
    private static final int DEFAULT_SIDE = 28;
    private static final int DEFAULT_CLASSES = 10;
    private final ModelKind kind;
    private Backbone backbone;
    private List<Integer> hidden;
    private int latent;
    /** Null until set: the kind's default, which for the Joint VAE depends on the class count. */
    private List<Integer> categories;
    private Likelihood likelihood = Likelihood.BERNOULLI;
    private double gaussianSigma = 0.1;
    private KlEstimator klEstimator = KlEstimator.ANALYTIC;
    private boolean conditional;
    private int numClasses = DEFAULT_CLASSES;
    private int rows = DEFAULT_SIDE;
    private int cols = DEFAULT_SIDE;
    private Objective objective = Objective.elbo();
    private TemperatureSchedule temperature;
    private StructuredOutput structured;

    private ModelSpecBuilder(ModelKind kind) {
        this.kind = kind;
        backbone = kind == ModelKind.CONV_VAE ? Backbone.CONV : Backbone.MLP;
        hidden = switch (kind) {
            case CONV_VAE -> List.of();
            case JOINT_VAE -> List.of(512, 256);
            case SCVAE -> List.of(500, 500);
            default -> List.of(512);
        };
        latent = kind == ModelKind.JOINT_VAE || kind == ModelKind.BETA_VAE ? 10 : kind == ModelKind.SCVAE ? 200 : 2;
        structured = kind == ModelKind.SCVAE ? StructuredOutput.defaults() : null;
        klEstimator = kind == ModelKind.CONV_VAE ? KlEstimator.MONTE_CARLO : KlEstimator.ANALYTIC;
        conditional = kind == ModelKind.CVAE;
        if (kind == ModelKind.JOINT_VAE) {
            CapacitySchedule c = new CapacitySchedule(0, 5, 25_000, 30);
            objective = Objective.jointCapacity(c, c);
            temperature = new TemperatureSchedule(0.67, 0.67, 0);
        } else if (kind == ModelKind.BETA_VAE) {
            objective = Objective.beta(4.0);
        }
    }

    /** A builder holding {@code kind}'s defaults for 28x28 images of 10 classes. */
    public static ModelSpecBuilder of(ModelKind kind) {
        return new ModelSpecBuilder(kind);
    }

    /** The settings this kind reads; the others are ignored for it. */
    public Set<ModelSetting> settings() {
        return ModelSetting.of(kind);
    }

    public boolean reads(ModelSetting setting) {
        return setting.appliesTo(kind);
    }

    /** The dataset's image shape and class count. */
    public ModelSpecBuilder images(int rows, int cols, int numClasses) {
        this.rows = rows;
        this.cols = cols;
        this.numClasses = numClasses;
        return this;
    }

    public ModelSpecBuilder backbone(Backbone b) {
        backbone = b;
        if (b != Backbone.MLP) {
            hidden = List.of();
        } else if (hidden.isEmpty()) {
            hidden = List.of(512);
        }
        return this;
    }

    /** MLP hidden widths (the decoder mirrors them); ignored by the conv backbone. */
    public ModelSpecBuilder hidden(List<Integer> widths) {
        hidden = List.copyOf(widths);
        return this;
    }

    public ModelSpecBuilder latent(int dimensions) {
        latent = dimensions;
        return this;
    }

    public ModelSpecBuilder categories(List<Integer> sizes) {
        categories = List.copyOf(sizes);
        return this;
    }

    public ModelSpecBuilder likelihood(Likelihood l) {
        likelihood = l;
        return this;
    }

    public ModelSpecBuilder gaussianSigma(double sigma) {
        gaussianSigma = sigma;
        return this;
    }

    public ModelSpecBuilder klEstimator(KlEstimator k) {
        klEstimator = k;
        return this;
    }

    public ModelSpecBuilder objective(Objective o) {
        objective = o;
        return this;
    }

    /** The Gumbel-softmax schedule; kept only when the model has categorical latents. */
    public ModelSpecBuilder temperature(TemperatureSchedule t) {
        temperature = t;
        return this;
    }

    /** The structured-output CVAE's masks and GSNN weight; ignored by the other kinds. */
    public ModelSpecBuilder structured(StructuredOutput s) {
        if (kind == ModelKind.SCVAE) {
            structured = s;
        }
        return this;
    }

    public StructuredOutput structured() {
        return structured;
    }

    /** The kind's current objective (its default until {@link #objective} is called). */
    public Objective objective() {
        return objective;
    }

    /** The temperature schedule as set so far (the kind's default until {@link #temperature} is called). */
    public TemperatureSchedule temperature() {
        return temperature;
    }

    public List<Integer> categories() {
        return categories != null ? categories : kind == ModelKind.JOINT_VAE ? List.of(numClasses) : List.of();
    }

    /**
     * The specification.
     *
     * @throws IllegalArgumentException with a sentence naming the rule, when the settings do not make a model
     */
    public ModelSpec build() {
        List<Integer> cats = categories();
        TemperatureSchedule t = cats.isEmpty() ? null
                : temperature != null ? temperature : new TemperatureSchedule(0.67, 0.67, 0);
        return new ModelSpec(kind, backbone, backbone != Backbone.MLP ? List.of() : hidden, latent, cats,
                likelihood, gaussianSigma, klEstimator, conditional, numClasses, rows, cols, objective, t, structured);
    }
}
