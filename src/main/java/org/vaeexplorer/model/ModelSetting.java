package org.vaeexplorer.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * One declaration per setting a person can give a model: its command-line flag, its Train form field (the bundle's
 * {@code train.KEY} label, {@code train.KEY.tooltip} and {@code train.form.field.KEY} name), the range the form and
 * the command line accept, and which kinds read it (the families' answer, or every kind for a network-wide
 * setting). The command line's options and the Train form's rows and checks are read from here, so they cannot
 * disagree about a flag, a range or a kind.
 */
public enum ModelSetting {
    // 0 is in range: a purely discrete model has no continuous latent; the spec's rules say when that is refused.
    LATENT("--latent", "latent", 0, 512),
    HIDDEN("--hidden", "hidden", 1, 8192),
    DISCRETE("--discrete", "discrete", 2, 1000),
    LIKELIHOOD("--likelihood", "likelihood", 0, 0),
    BETA("--beta", "beta", 1e-6, 1e4),
    CAPACITY("--capacity", "capacity", 0, 1e4),
    CAPACITY_ITERATIONS("--capacity-iters", "capacityIterations", 1, Integer.MAX_VALUE),
    GAMMA("--gamma", "gamma", 1e-6, 1e6),
    TEMPERATURE("--temperature", "temperature", 1e-3, 100),
    TEMPERATURE_MIN("--temperature-min", "temperatureMin", 1e-3, 100),
    ANNEAL_RATE("--anneal-rate", "annealRate", 0, 1),
    GIVEN_QUADRANTS("--given-quadrants", "givenQuadrants", 0, 3),
    GSNN_WEIGHT("--gsnn-weight", "gsnnWeight", 0, 0.99),
    /** The network (mlp, conv, dupont): every kind reads it; the spec's rules say which fit. */
    BACKBONE("--backbone", "backbone", 0, 0),
    /** Analytic or Monte-Carlo KL: every kind reads it. */
    KL_ESTIMATOR("--kl", "klEstimator", 0, 0),
    /** The fixed Gaussian's sigma: any number; the spec's rule refuses one that is not positive. */
    SIGMA("--sigma", "sigma", -Double.MAX_VALUE, Double.MAX_VALUE);

    /** The settings every kind reads, whatever its family says. */
    private static final Set<ModelSetting> NETWORK_WIDE = EnumSet.of(BACKBONE, KL_ESTIMATOR, SIGMA);

    private final String flag;
    private final String key;
    private final double min;
    private final double max;

    ModelSetting(String flag, String key, double min, double max) {
        this.flag = flag;
        this.key = key;
        this.min = min;
        this.max = max;
    }

    /** The command line's option, e.g. {@code --capacity-iters}. */
    public String flag() {
        return flag;
    }

    /** The Train form's field key, e.g. {@code capacityIterations}. */
    public String key() {
        return key;
    }

    /** The least value accepted (a number setting's). */
    public double min() {
        return min;
    }

    /** The greatest value accepted (a number setting's). */
    public double max() {
        return max;
    }

    /** The settings {@code kind} reads (its family's answer and the network-wide ones); the others are ignored. */
    public static Set<ModelSetting> of(ModelKind kind) {
        Set<ModelSetting> read = EnumSet.copyOf(NETWORK_WIDE);
        read.addAll(kind.family().settings());
        return read;
    }

    public boolean appliesTo(ModelKind kind) {
        return NETWORK_WIDE.contains(this) || kind.family().settings().contains(this);
    }
}
