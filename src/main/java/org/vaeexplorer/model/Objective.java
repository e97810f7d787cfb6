package org.vaeexplorer.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What training minimises per image, averaged over the batch. Capacity penalties act on the batch-mean KL,
 * as in Burgess et al. and Dupont's reference code.
 *
 * @param beta       KL weight for {@link ObjectiveType#BETA}
 * @param continuous capacity of the continuous KL for CAPACITY and JOINT_CAPACITY, else null
 * @param discrete   capacity of the discrete KL for JOINT_CAPACITY, else null
 * @param adversarial the loss weights of {@link ObjectiveType#ADVERSARIAL}, else null (and then left out of a
 *                    manifest, which reads as before)
 */
public record Objective(ObjectiveType type, double beta, CapacitySchedule continuous, CapacitySchedule discrete,
                        @JsonInclude(JsonInclude.Include.NON_NULL) AdversarialWeights adversarial) {
    public Objective(ObjectiveType type, double beta, CapacitySchedule continuous, CapacitySchedule discrete) {
        this(type, beta, continuous, discrete, null);
    }

    public Objective {
        if ((type == ObjectiveType.ADVERSARIAL) != (adversarial != null)) {
            throw SpecException.of("spec.adversarialWeights", "the adversarial objective, and it only, has the "
                    + "CVAE-GAN's loss weights");
        }
        // Every type carries a beta (1 where the KL is not weighted): NaN, infinity or a negative weight is never
        // one a run was trained with.
        if (type == null || !(beta > 0) || Double.isInfinite(beta)) {
            throw SpecException.of("spec.beta", "beta must be a positive number, got " + beta,
                    String.valueOf(beta));
        }
        if ((type == ObjectiveType.CAPACITY || type == ObjectiveType.JOINT_CAPACITY) && continuous == null) {
            throw SpecException.of("spec.continuousCapacityMissing", type + " needs a continuous capacity schedule",
                    String.valueOf(type));
        }
        if (type == ObjectiveType.JOINT_CAPACITY && discrete == null) {
            throw SpecException.of("spec.discreteCapacityMissing", type + " needs a discrete capacity schedule",
                    String.valueOf(type));
        }
    }

    public static Objective elbo() {
        return new Objective(ObjectiveType.ELBO, 1.0, null, null);
    }

    public static Objective beta(double beta) {
        return new Objective(ObjectiveType.BETA, beta, null, null);
    }

    public static Objective capacity(CapacitySchedule c) {
        return new Objective(ObjectiveType.CAPACITY, 1.0, c, null);
    }

    /** CVAE-GAN's four losses with these weights (Bao et al. 2017, Algorithm 1). */
    public static Objective adversarial(AdversarialWeights weights) {
        return new Objective(ObjectiveType.ADVERSARIAL, 1.0, null, null, weights);
    }

    public static Objective jointCapacity(CapacitySchedule continuous, CapacitySchedule discrete) {
        return new Objective(ObjectiveType.JOINT_CAPACITY, 1.0, continuous, discrete);
    }
}
