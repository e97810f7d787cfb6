package org.vaeexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSetting;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.StructuredOutput;
import org.vaeexplorer.model.TemperatureSchedule;
import org.vaeexplorer.model.family.ObjectiveChoice;
import picocli.CommandLine.Option;

/** Model options of {@code train}: each overrides the chosen kind's defaults. */
final class ModelOptions {
    @Option(names = "--model", description = "vae, conv-vae, cvae, joint-vae, beta-vae or scvae")
    String model;
    @Option(names = "--latent", description = "continuous latent dimensions (default: the kind's)")
    Integer latent;
    @Option(names = "--discrete", split = ",", description = "categories of each discrete latent, e.g. 10 (joint-vae)")
    List<Integer> discrete;
    @Option(names = "--hidden", split = ",", description = "MLP hidden widths, e.g. 512 or 512,256")
    List<Integer> hidden;
    @Option(names = "--conv", description = "use the TensorFlow tutorial's conv net (cvae, joint-vae, beta-vae)")
    boolean conv;
    @Option(names = "--backbone", description = "mlp, conv (the TensorFlow tutorial's net) or dupont (Dupont's "
            + "JointVAE conv net; no label)")
    String backbone;
    @Option(names = "--likelihood", description = "bernoulli, gaussian-fixed, gaussian-learned or sse")
    String likelihood;
    @Option(names = "--sigma", description = "standard deviation of gaussian-fixed (default 0.1)")
    Double sigma;
    @Option(names = "--kl", description = "analytic or mc (single-sample Monte-Carlo)")
    String kl;
    @Option(names = "--beta", description = "KL weight (beta-vae)")
    Double beta;
    @Option(names = "--capacity", description = "Burgess capacity: C rises to this many nats (beta-vae)")
    Double capacity;
    @Option(names = "--capacity-iters", description = "iterations over which capacities rise")
    Long capacityIterations;
    @Option(names = "--gamma", description = "weight of the capacity penalty")
    Double gamma;
    @Option(names = "--temperature", description = "Gumbel-softmax start temperature (joint-vae)")
    Double temperature;
    @Option(names = "--temperature-min", description = "lowest temperature of the annealing")
    Double temperatureMin;
    @Option(names = "--anneal-rate", description = "r in tau = max(tau_min, tau_0 exp(-r t)); 0 = fixed")
    Double annealRate;

    @Option(names = "--given-quadrants", description = "scvae: train on Pyro's mask with 1, 2 or 3 given quadrants,"
            + " or 0 (default) for one of the 15 masks at random per image")
    Integer givenQuadrants;
    @Option(names = "--gsnn-weight", description = "scvae: weight 1 - alpha of Sohn's GSNN term (default 0)")
    Double gsnnWeight;

    /**
     * Refuses a number option that is not finite, naming it: NaN passes every {@code <} and {@code >} test, and a
     * run given {@code --capacity NaN} would train to a NaN loss and then blame the learning rate.
     */
    void requireFiniteNumbers() {
        for (ModelSetting setting : ModelSetting.values()) {
            if (given(setting) instanceof Double value && !Double.isFinite(value)) {
                throw new IllegalArgumentException(setting.flag() + " must be a finite number, got " + value);
            }
        }
    }

    /**
     * Refuses a number the chosen kind reads that lies outside its setting's declared range, as the Train form
     * does: the range is the declaration's ({@link ModelSetting#min()}, {@link ModelSetting#max()}), a latent size
     * of 0 allowed when there are discrete latents.
     */
    void requireDeclaredRanges() {
        Set<ModelSetting> read = ModelSetting.of(kind());
        for (ModelSetting setting : ModelSetting.values()) {
            Object value = given(setting);
            if (!read.contains(setting) || !(value instanceof Number || value instanceof List<?>)) {
                continue;
            }
            double min = setting == ModelSetting.LATENT && (discrete != null || read.contains(ModelSetting.DISCRETE))
                    ? 0 : setting.min();
            for (Object v : value instanceof List<?> list ? list : List.of(value)) {
                double x = ((Number) v).doubleValue();
                if (!(x >= min && x <= setting.max())) {
                    throw new IllegalArgumentException(setting.flag() + " must be between " + plain(min) + " and "
                            + plain(setting.max()) + ", got " + v);
                }
            }
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** The value given for {@code setting} (by its declaration's flag), or null when not given. */
    private Object given(ModelSetting setting) {
        return switch (setting) {
            case LATENT -> latent;
            case HIDDEN -> hidden;
            case DISCRETE -> discrete;
            case LIKELIHOOD -> likelihood;
            case BETA -> beta;
            case CAPACITY -> capacity;
            case CAPACITY_ITERATIONS -> capacityIterations;
            case GAMMA -> gamma;
            case TEMPERATURE -> temperature;
            case TEMPERATURE_MIN -> temperatureMin;
            case ANNEAL_RATE -> annealRate;
            case GIVEN_QUADRANTS -> givenQuadrants;
            case GSNN_WEIGHT -> gsnnWeight;
            case BACKBONE -> backbone;
            case KL_ESTIMATOR -> kl;
            case SIGMA -> sigma;
        };
    }

    ModelSpec toSpec(int rows, int cols, int numClasses) {
        requireFiniteNumbers();
        requireDeclaredRanges();
        ModelSpecBuilder b = ModelSpecBuilder.of(kind()).images(rows, cols, numClasses);
        if (conv) {
            b.backbone(Backbone.CONV);
        }
        if (backbone != null) {
            b.backbone(parseBackbone(backbone));
        }
        if (hidden != null && b.backbone() == Backbone.MLP) {
            b.hidden(hidden);
        }
        if (latent != null) {
            b.latent(latent);
        }
        if (discrete != null) {
            b.categories(discrete);
        }
        if (likelihood != null) {
            b.likelihood(parseLikelihood(likelihood));
        }
        if (sigma != null) {
            b.gaussianSigma(sigma);
        }
        if (kl != null) {
            b.klEstimator(parseKl(kl));
        }
        TemperatureSchedule t = b.temperature();
        if (!b.categories().isEmpty()) {
            double start = temperature != null ? temperature : t != null ? t.start() : 0.67;
            if (temperatureMin != null && temperatureMin > start) {
                // The Train form's rule too (train.form.temperatureFloor): a given floor above the start is refused.
                throw new IllegalArgumentException("the lowest temperature (--temperature-min) must not exceed the"
                        + " start temperature");
            }
            double min = temperatureMin != null ? temperatureMin : t != null ? Math.min(t.min(), start) : start;
            double rate = annealRate != null ? annealRate : t != null ? t.annealRate() : 0;
            b.temperature(new TemperatureSchedule(start, Math.min(min, start), rate));
        }
        if (b.reads(ModelSetting.GIVEN_QUADRANTS) && (givenQuadrants != null || gsnnWeight != null)) {
            b.structured(new StructuredOutput(givenQuadrants != null ? givenQuadrants : 0,
                    gsnnWeight != null ? gsnnWeight : 0));
        }
        return b.objective(new ObjectiveChoice(beta, capacity, capacityIterations, gamma)).build();
    }

    ModelKind kind() {
        return ModelKind.parse(model).orElseThrow(() -> new IllegalArgumentException(
                "unknown model '" + model + "' (" + Arrays.stream(ModelKind.values()).map(ModelKind::cliName)
                        .collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * The options given that the chosen kind does not read (e.g. {@code --beta} with {@code --model vae}), by
     * {@link ModelSetting}; giving discrete latents makes the temperature options apply to any kind.
     */
    List<String> ignoredOptions() {
        ModelKind kind = kind();
        Set<ModelSetting> read = EnumSet.copyOf(ModelSetting.of(kind));
        if (discrete != null) {
            read.addAll(EnumSet.of(ModelSetting.DISCRETE, ModelSetting.TEMPERATURE, ModelSetting.TEMPERATURE_MIN,
                    ModelSetting.ANNEAL_RATE));
        }
        if (conv || ModelSpecBuilder.of(kind).backbone() != Backbone.MLP
                || (backbone != null && parseBackbone(backbone) != Backbone.MLP)) {
            read.remove(ModelSetting.HIDDEN);
        }
        List<String> ignored = new ArrayList<>();
        for (ModelSetting setting : ModelSetting.values()) {
            if (given(setting) != null && !read.contains(setting)) {
                ignored.add(setting.flag());
            }
        }
        return ignored;
    }

    private static Likelihood parseLikelihood(String s) {
        return switch (s.toLowerCase()) {
            case "bernoulli" -> Likelihood.BERNOULLI;
            case "gaussian-fixed", "gaussian" -> Likelihood.GAUSSIAN_FIXED;
            case "gaussian-learned" -> Likelihood.GAUSSIAN_LEARNED;
            case "sse", "mse" -> Likelihood.SUM_SQUARED_ERROR;
            default -> throw new IllegalArgumentException("unknown likelihood '" + s + "'");
        };
    }

    private static Backbone parseBackbone(String s) {
        return switch (s.toLowerCase()) {
            case "mlp" -> Backbone.MLP;
            case "conv" -> Backbone.CONV;
            case "dupont" -> Backbone.DUPONT;
            default -> throw new IllegalArgumentException("unknown backbone '" + s + "' (mlp, conv or dupont)");
        };
    }

    private static KlEstimator parseKl(String s) {
        return switch (s.toLowerCase()) {
            case "analytic" -> KlEstimator.ANALYTIC;
            case "mc", "monte-carlo" -> KlEstimator.MONTE_CARLO;
            default -> throw new IllegalArgumentException("unknown KL form '" + s + "' (analytic or mc)");
        };
    }
}
