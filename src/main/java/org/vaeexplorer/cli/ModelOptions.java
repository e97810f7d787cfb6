package org.vaeexplorer.cli;

import java.util.List;
import org.vaeexplorer.model.CapacitySchedule;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.TemperatureSchedule;
import picocli.CommandLine.Option;

/** Model options of {@code train}: each overrides the chosen kind's defaults. */
final class ModelOptions {
    @Option(names = "--model", description = "vae, conv-vae, cvae, joint-vae or beta-vae")
    String model;
    @Option(names = "--latent", description = "continuous latent dimensions (default: the kind's)")
    Integer latent;
    @Option(names = "--discrete", split = ",", description = "categories of each discrete latent, e.g. 10 (joint-vae)")
    List<Integer> discrete;
    @Option(names = "--hidden", split = ",", description = "MLP hidden widths, e.g. 512 or 512,256")
    List<Integer> hidden;
    @Option(names = "--conv", description = "use the TensorFlow tutorial's conv net (cvae, joint-vae, beta-vae)")
    boolean conv;
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

    ModelSpec toSpec(int rows, int cols, int numClasses) {
        ModelKind kind = ModelKind.parse(model).orElseThrow(() -> new IllegalArgumentException(
                "unknown model '" + model + "' (vae, conv-vae, cvae, joint-vae, beta-vae)"));
        ModelSpec d = kind.defaultSpec(rows, cols, numClasses);
        var backbone = conv || kind == ModelKind.CONV_VAE ? org.vaeexplorer.model.Backbone.CONV : d.backbone();
        List<Integer> widths = backbone == org.vaeexplorer.model.Backbone.CONV ? List.of()
                : hidden != null ? hidden : d.hidden().isEmpty() ? List.of(512) : d.hidden();
        List<Integer> categories = discrete != null ? discrete : d.categories();
        TemperatureSchedule t = d.temperature();
        if (!categories.isEmpty()) {
            double start = temperature != null ? temperature : t != null ? t.start() : 0.67;
            double min = temperatureMin != null ? temperatureMin : t != null ? Math.min(t.min(), start) : start;
            double rate = annealRate != null ? annealRate : t != null ? t.annealRate() : 0;
            t = new TemperatureSchedule(start, Math.min(min, start), rate);
        } else {
            t = null;
        }
        return new ModelSpec(kind, backbone, widths, latent != null ? latent : d.latentDim(), categories,
                likelihood != null ? parseLikelihood(likelihood) : d.likelihood(),
                sigma != null ? sigma : d.gaussianSigma(), kl != null ? parseKl(kl) : d.klEstimator(),
                d.conditional(), numClasses, rows, cols, objective(kind, d.objective()), t);
    }

    private Objective objective(ModelKind kind, Objective d) {
        if (kind == ModelKind.BETA_VAE && capacity != null) {
            return Objective.capacity(new CapacitySchedule(0, capacity,
                    capacityIterations != null ? capacityIterations : 100_000, gamma != null ? gamma : 1000));
        }
        if (kind == ModelKind.BETA_VAE && beta != null) {
            return Objective.beta(beta);
        }
        if (d.continuous() != null && d.discrete() != null) {
            return Objective.jointCapacity(override(d.continuous()), override(d.discrete()));
        }
        return d;
    }

    private CapacitySchedule override(CapacitySchedule c) {
        return new CapacitySchedule(c.min(), capacity != null ? capacity : c.max(),
                capacityIterations != null ? capacityIterations : c.iterations(), gamma != null ? gamma : c.gamma());
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

    private static KlEstimator parseKl(String s) {
        return switch (s.toLowerCase()) {
            case "analytic" -> KlEstimator.ANALYTIC;
            case "mc", "monte-carlo" -> KlEstimator.MONTE_CARLO;
            default -> throw new IllegalArgumentException("unknown KL form '" + s + "' (analytic or mc)");
        };
    }
}
