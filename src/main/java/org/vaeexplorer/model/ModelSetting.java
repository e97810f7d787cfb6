package org.vaeexplorer.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The settings a person can give a model, and which of them a kind uses: the one answer to "which fields does
 * this kind read", for the command line's checks and the Train form's enabled fields alike.
 */
public enum ModelSetting {
    LATENT, HIDDEN, DISCRETE, LIKELIHOOD, BETA, CAPACITY, CAPACITY_ITERATIONS, GAMMA, TEMPERATURE,
    TEMPERATURE_MIN, ANNEAL_RATE, GIVEN_QUADRANTS, GSNN_WEIGHT;

    /** The settings {@code kind} reads; the others are ignored for it. */
    public static Set<ModelSetting> of(ModelKind kind) {
        if (kind == ModelKind.SCVAE) {
            // Bernoulli on the missing pixels is part of the model: Sohn's and Pyro's likelihood.
            return EnumSet.of(LATENT, HIDDEN, GIVEN_QUADRANTS, GSNN_WEIGHT);
        }
        Set<ModelSetting> s = EnumSet.of(LATENT, LIKELIHOOD);
        if (kind != ModelKind.CONV_VAE) {
            s.add(HIDDEN);
        }
        if (kind == ModelKind.BETA_VAE) {
            s.addAll(EnumSet.of(BETA, CAPACITY, CAPACITY_ITERATIONS, GAMMA));
        }
        if (kind == ModelKind.JOINT_VAE) {
            s.addAll(EnumSet.of(DISCRETE, CAPACITY, CAPACITY_ITERATIONS, GAMMA, TEMPERATURE, TEMPERATURE_MIN,
                    ANNEAL_RATE));
        }
        return s;
    }

    public boolean appliesTo(ModelKind kind) {
        return of(kind).contains(this);
    }
}
