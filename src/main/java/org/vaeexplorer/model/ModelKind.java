package org.vaeexplorer.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The model families of the app, each with the defaults of its paper or seed implementation. */
public enum ModelKind {
    VAE("vae", "VAE (MLP)"),
    CONV_VAE("conv-vae", "Convolutional VAE"),
    CVAE("cvae", "Conditional VAE"),
    JOINT_VAE("joint-vae", "Joint VAE"),
    BETA_VAE("beta-vae", "beta-VAE");

    private final String cliName;
    private final String displayName;

    ModelKind(String cliName, String displayName) {
        this.cliName = cliName;
        this.displayName = displayName;
    }

    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<ModelKind> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ModelKind k : values()) {
            if (k.cliName.equals(n) || k.name().equalsIgnoreCase(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The default specification of this kind for images of {@code rows x cols} with {@code numClasses} classes:
     * 784-512-2 MLP VAE (Kingma and Welling); the TensorFlow tutorial's conv VAE with its Monte-Carlo ELBO; a CVAE
     * with the label fed to encoder and decoder; Dupont's JointVAE MNIST setting (10 continuous, one 10-way
     * discrete, capacities 0 to 5 nats over 25,000 iterations, gamma 30, tau 0.67); beta-VAE with beta = 4.
     */
    public ModelSpec defaultSpec(int rows, int cols, int numClasses) {
        List<Integer> hidden = List.of(512);
        return switch (this) {
            case VAE -> new ModelSpec(this, Backbone.MLP, hidden, 2, List.of(), Likelihood.BERNOULLI, 0.1,
                    KlEstimator.ANALYTIC, false, numClasses, rows, cols, Objective.elbo(), null);
            case CONV_VAE -> new ModelSpec(this, Backbone.CONV, List.of(), 2, List.of(), Likelihood.BERNOULLI, 0.1,
                    KlEstimator.MONTE_CARLO, false, numClasses, rows, cols, Objective.elbo(), null);
            case CVAE -> new ModelSpec(this, Backbone.MLP, hidden, 2, List.of(), Likelihood.BERNOULLI, 0.1,
                    KlEstimator.ANALYTIC, true, numClasses, rows, cols, Objective.elbo(), null);
            case JOINT_VAE -> new ModelSpec(this, Backbone.MLP, List.of(512, 256), 10, List.of(numClasses),
                    Likelihood.BERNOULLI, 0.1, KlEstimator.ANALYTIC, false, numClasses, rows, cols,
                    Objective.jointCapacity(new CapacitySchedule(0, 5, 25_000, 30),
                            new CapacitySchedule(0, 5, 25_000, 30)),
                    new TemperatureSchedule(0.67, 0.67, 0));
            case BETA_VAE -> new ModelSpec(this, Backbone.MLP, hidden, 10, List.of(), Likelihood.BERNOULLI, 0.1,
                    KlEstimator.ANALYTIC, false, numClasses, rows, cols, Objective.beta(4.0), null);
        };
    }
}
