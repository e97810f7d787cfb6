package org.vaeexplorer.model.family;

/**
 * The objective settings a person gave, each null when not given: a beta, or a capacity schedule's maximum, its
 * iterations and its gamma; and CVAE-GAN's four loss weights (lambda_1 to lambda_4 of Bao et al. 2017).
 */
public record ObjectiveChoice(Double beta, Double capacity, Long capacityIterations, Double gamma,
                              Double klWeight, Double reconWeight, Double generatorWeight, Double matchingWeight) {
    public ObjectiveChoice(Double beta, Double capacity, Long capacityIterations, Double gamma) {
        this(beta, capacity, capacityIterations, gamma, null, null, null, null);
    }
}
