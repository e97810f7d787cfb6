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

    /** The settings {@code kind} reads (its family's answer); the others are ignored for it. */
    public static Set<ModelSetting> of(ModelKind kind) {
        return EnumSet.copyOf(kind.family().settings());
    }

    public boolean appliesTo(ModelKind kind) {
        return kind.family().settings().contains(this);
    }
}
