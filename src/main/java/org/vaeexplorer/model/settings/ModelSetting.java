package org.vaeexplorer.model.settings;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.vaeexplorer.model.AdversarialWeights;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.CapacitySchedule;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ObjectiveType;
import org.vaeexplorer.model.StructuredOutput;

/**
 * One declaration per setting a person can give a model (as Tribuo's {@code @Config(description = ...)}): its
 * command-line flag, its field key (the bundle's {@code train.KEY} label, {@code train.KEY.tooltip} description and
 * {@code train.form.field.KEY} name in messages), its type and range, its default, where the Train form shows it,
 * and which kinds read it (the families' answer, or every kind for a network-wide setting). The command line's
 * options ({@code cli.ModelOptions}) and the Train form's rows and checks are made from this list, and
 * {@link SettingValues} reads both sides' values by it, so they cannot disagree about a flag, a range or a kind.
 *
 * <p>The order is the form's order of rows (and the command line's in {@code train --help}).
 */
public enum ModelSetting {
    // 0 is in range: a purely discrete model has no continuous latent; the spec's rules say when that is refused.
    LATENT("--latent", "latent", Type.INTEGER, 0, 512, Shown.FIRST, Blank.REFUSED, ModelSpec::latentDim),
    BETA("--beta", "beta", Type.NUMBER, 1e-6, 1e4, Shown.FIRST, Blank.REFUSED,
            d -> d.objective().type() == ObjectiveType.BETA ? d.objective().beta() : 1.0),
    /** The network (mlp, conv, dupont): every kind reads it; the spec's rules say which fit. */
    BACKBONE("--backbone", "backbone", SettingChoice.of(Backbone.values(), "backbone", "mlp", "conv", "dupont"),
            ModelSpec::backbone),
    LIKELIHOOD("--likelihood", "likelihood", SettingChoice.of(Likelihood.values(), "likelihood", "bernoulli",
            "gaussian-fixed gaussian", "gaussian-learned", "sse mse"), ModelSpec::likelihood),
    /** The fixed Gaussian's sigma: any number; the spec's rule refuses one that is not positive. */
    SIGMA("--sigma", "sigma", Type.NUMBER, -Double.MAX_VALUE, Double.MAX_VALUE, Shown.ADVANCED, Blank.REFUSED,
            ModelSpec::gaussianSigma),
    /** Analytic or Monte-Carlo KL: every kind reads it. */
    KL_ESTIMATOR("--kl", "klEstimator", SettingChoice.of(KlEstimator.values(), "kl", "analytic", "mc monte-carlo"),
            ModelSpec::klEstimator),
    /** The MLP's widths: read only while the network is the MLP ({@link #readBy(ModelKind, Backbone)}). */
    HIDDEN("--hidden", "hidden", Type.INTEGERS, 1, 8192, Shown.ADVANCED, Blank.REFUSED,
            d -> d.backbone() != Backbone.MLP ? List.of() : d.hidden()),
    DISCRETE("--discrete", "discrete", Type.INTEGERS, 2, 1000, Shown.ADVANCED, Blank.REFUSED, ModelSpec::categories),
    /** Empty: a beta-VAE keeps its beta; a Joint VAE its paper's capacities. */
    CAPACITY("--capacity", "capacity", Type.NUMBER, 0, 1e4, Shown.ADVANCED, Blank.FAMILY_DEFAULT,
            d -> capacity(d) == null ? null : capacity(d).max()),
    CAPACITY_ITERATIONS("--capacity-iters", "capacityIterations", Type.INTEGER, 1, Integer.MAX_VALUE, Shown.ADVANCED,
            Blank.FAMILY_DEFAULT, d -> capacity(d) == null ? null : capacity(d).iterations()),
    GAMMA("--gamma", "gamma", Type.NUMBER, 1e-6, 1e6, Shown.ADVANCED, Blank.FAMILY_DEFAULT,
            d -> capacity(d) == null ? null : capacity(d).gamma()),
    TEMPERATURE("--temperature", "temperature", Type.NUMBER, 1e-3, 100, Shown.ADVANCED, Blank.REFUSED,
            d -> d.temperature() == null ? null : d.temperature().start()),
    TEMPERATURE_MIN("--temperature-min", "temperatureMin", Type.NUMBER, 1e-3, 100, Shown.ADVANCED, Blank.REFUSED,
            d -> d.temperature() == null ? null : d.temperature().min()),
    ANNEAL_RATE("--anneal-rate", "annealRate", Type.NUMBER, 0, 1, Shown.ADVANCED, Blank.REFUSED,
            d -> d.temperature() == null ? null : d.temperature().annealRate()),
    GIVEN_QUADRANTS("--given-quadrants", "givenQuadrants", Type.INTEGER, 0, 3, Shown.ADVANCED, Blank.REFUSED,
            d -> StructuredOutput.defaults().givenQuadrants()),
    GSNN_WEIGHT("--gsnn-weight", "gsnnWeight", Type.NUMBER, 0, 0.99, Shown.ADVANCED, Blank.REFUSED,
            d -> StructuredOutput.defaults().gsnnWeight()),
    /** CVAE-GAN's lambda_1 (Bao et al. 2017, Algorithm 1): the KL's weight in the encoder's loss. */
    GAN_KL_WEIGHT("--kl-weight", "ganKlWeight", Type.NUMBER, 1e-6, 1e4, Shown.ADVANCED, Blank.REFUSED,
            d -> adversarial(d).kl()),
    /** lambda_2: the pairwise reconstruction's weight in the encoder's loss. */
    GAN_RECON_WEIGHT("--recon-weight", "ganReconWeight", Type.NUMBER, 1e-6, 1e4, Shown.ADVANCED, Blank.REFUSED,
            d -> adversarial(d).reconstruction()),
    /** lambda_3: the pairwise reconstruction's weight in the generator's loss. */
    GAN_GENERATOR_WEIGHT("--generator-weight", "ganGeneratorWeight", Type.NUMBER, 1e-6, 1e4, Shown.ADVANCED,
            Blank.REFUSED, d -> adversarial(d).generator()),
    /** lambda_4: the weight of the generator's mean feature matching against D and C. */
    GAN_MATCHING_WEIGHT("--matching-weight", "ganMatchingWeight", Type.NUMBER, 1e-6, 1e4, Shown.ADVANCED,
            Blank.REFUSED, d -> adversarial(d).featureMatching());

    /** What a value is: a whole number, a number, a comma-separated list of whole numbers, or one of a choice. */
    public enum Type { INTEGER, NUMBER, INTEGERS, CHOICE }

    /** Where the Train form shows the row: among the few a class changes, or folded under Advanced. */
    public enum Shown { FIRST, ADVANCED }

    /** What an empty value means: refused, or not given (the kind's own default applies). */
    public enum Blank { REFUSED, FAMILY_DEFAULT }

    /** The settings every kind reads, whatever its family says. */
    private static final Set<ModelSetting> NETWORK_WIDE = EnumSet.of(BACKBONE, KL_ESTIMATOR, SIGMA);

    private final String flag;
    private final String key;
    private final Type type;
    private final double min;
    private final double max;
    private final Shown shown;
    private final Blank blank;
    private final SettingChoice choice;
    private final Function<ModelSpec, Object> defaultValue;

    ModelSetting(String flag, String key, Type type, double min, double max, Shown shown, Blank blank,
                 Function<ModelSpec, Object> defaultValue) {
        this(flag, key, type, min, max, shown, blank, null, defaultValue);
    }

    ModelSetting(String flag, String key, SettingChoice choice, Function<ModelSpec, Object> defaultValue) {
        this(flag, key, Type.CHOICE, 0, 0, Shown.ADVANCED, Blank.REFUSED, choice, defaultValue);
    }

    ModelSetting(String flag, String key, Type type, double min, double max, Shown shown, Blank blank,
                 SettingChoice choice, Function<ModelSpec, Object> defaultValue) {
        this.flag = flag;
        this.key = key;
        this.type = type;
        this.min = min;
        this.max = max;
        this.shown = shown;
        this.blank = blank;
        this.choice = choice;
        this.defaultValue = defaultValue;
    }

    private static AdversarialWeights adversarial(ModelSpec d) {
        AdversarialWeights w = d.objective().adversarial();
        return w != null ? w : AdversarialWeights.PAPER;
    }

    private static CapacitySchedule capacity(ModelSpec d) {
        return d.objective().continuous();
    }

    /** The command line's option, e.g. {@code --capacity-iters}. */
    public String flag() {
        return flag;
    }

    /** The Train form's field key, e.g. {@code capacityIterations}. */
    public String key() {
        return key;
    }

    /** The bundle key of the row's label, e.g. {@code train.capacityIterations}. */
    public String labelKey() {
        return "train." + key;
    }

    /** The bundle key of the description: the form's tooltip and the command line's help. */
    public String descriptionKey() {
        return "train." + key + ".tooltip";
    }

    /** The bundle key of the setting's name in a sentence, e.g. "Capacity iterations must be ...". */
    public String nameKey() {
        return "train.form.field." + key;
    }

    public Type type() {
        return type;
    }

    /** The least value accepted (of a number, or of each number of a list). */
    public double min() {
        return min;
    }

    /** The greatest value accepted. */
    public double max() {
        return max;
    }

    public Shown shown() {
        return shown;
    }

    public Blank blank() {
        return blank;
    }

    /** The values of a {@link Type#CHOICE}, else null. */
    public SettingChoice choice() {
        return choice;
    }

    /**
     * The value a kind starts from, read from its default spec {@code kindDefaults} (the family's default; the
     * structured-output settings' fixed ones): an Integer, Long, Double, List of Integer or enum constant, or null
     * when the kind has none (a plain VAE's capacity).
     */
    public Object defaultValue(ModelSpec kindDefaults) {
        return defaultValue.apply(kindDefaults);
    }

    /** {@link #defaultValue} as the text a person would type (a choice's command-line word). */
    public String defaultText(ModelSpec kindDefaults) {
        return text(defaultValue(kindDefaults));
    }

    /** A value as typed: whole numbers without ".0", lists comma-separated, a choice by its word. */
    public String text(Object value) {
        if (value == null) {
            return "";
        } else if (value instanceof Enum<?> e) {
            return choice.word(e);
        } else if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        } else if (value instanceof Double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString(v.longValue()) : Double.toString(v);
        }
        return value.toString();
    }

    /** The settings {@code kind} reads (its family's answer and the network-wide ones); the others are ignored. */
    public static Set<ModelSetting> of(ModelKind kind) {
        Set<ModelSetting> read = EnumSet.copyOf(NETWORK_WIDE);
        read.addAll(kind.family().settings());
        return read;
    }

    /** What {@code kind} reads with the network {@code backbone}: the hidden widths are the MLP's only. */
    public static Set<ModelSetting> readBy(ModelKind kind, Backbone backbone) {
        Set<ModelSetting> read = of(kind);
        if (backbone != null && backbone != Backbone.MLP) {
            read.remove(HIDDEN);
        }
        return read;
    }

    public boolean appliesTo(ModelKind kind) {
        return NETWORK_WIDE.contains(this) || kind.family().settings().contains(this);
    }
}
