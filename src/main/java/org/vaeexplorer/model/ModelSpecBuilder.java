package org.vaeexplorer.model;

import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.family.Defaults;
import org.vaeexplorer.model.family.ModelFamily;
import org.vaeexplorer.model.family.ObjectiveChoice;
import org.vaeexplorer.model.settings.ModelSetting;

/**
 * The one way to make a {@link ModelSpec} from a person's choices (the command line and the Train form alike):
 * start from a kind's defaults, override by name, {@link #build()}. Which settings a kind reads is
 * {@link ModelSetting#of}; the builder answers it too, so callers need not know the rule.
 *
 * <p>The defaults are those of each kind's paper or seed implementation, given with their sources by its
 * {@link ModelFamily}.
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
    private KlEstimator klEstimator;
    private final boolean conditional;
    private int numClasses = DEFAULT_CLASSES;
    private int rows = DEFAULT_SIDE;
    private int cols = DEFAULT_SIDE;
    private int channels = 1;
    private Objective objective;
    private TemperatureSchedule temperature;
    private StructuredOutput structured;

    private ModelSpecBuilder(ModelKind kind) {
        this.kind = kind;
        Defaults d = kind.family().defaults();
        backbone = d.backbone();
        hidden = d.hidden();
        latent = d.latent();
        structured = d.structured();
        klEstimator = d.klEstimator();
        conditional = d.conditional();
        objective = d.objective();
        temperature = d.temperature();
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

    /**
     * The objective after a person's choices ({@link ModelFamily#objective}): the command line and the Train form
     * both set it this way.
     */
    public ModelSpecBuilder objective(ObjectiveChoice choice) {
        objective = kind.family().objective(objective, choice);
        return this;
    }

    /** The backbone as set so far (the kind's default until {@link #backbone(Backbone)} is called). */
    public Backbone backbone() {
        return backbone;
    }

    /** The dataset's image shape and class count. */
    public ModelSpecBuilder images(int rows, int cols, int numClasses) {
        this.rows = rows;
        this.cols = cols;
        this.numClasses = numClasses;
        return this;
    }

    /** The dataset's image shape, channels (1 grey, 3 colour) and class count. */
    public ModelSpecBuilder images(int rows, int cols, int channels, int numClasses) {
        this.channels = channels;
        return images(rows, cols, numClasses);
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

    /** The structured-output CVAE's masks and GSNN weight; ignored by the kinds that have none. */
    public ModelSpecBuilder structured(StructuredOutput s) {
        if (structured != null) {
            structured = s;
        }
        return this;
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
        return categories != null ? categories : kind.family().defaultCategories(numClasses);
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
        return ModelSpec.of(kind, backbone, backbone != Backbone.MLP ? List.of() : hidden, latent, cats,
                likelihood, gaussianSigma, klEstimator, conditional, numClasses, rows, cols, channels,
                Network.extraStagesFor(backbone, rows, cols), objective, t,
                structured);
    }
}
