package org.vaeexplorer.model.family;

/**
 * The objective settings a person gave, each null when not given: a beta, or a capacity schedule's maximum, its
 * iterations and its gamma.
 */
public record ObjectiveChoice(Double beta, Double capacity, Long capacityIterations, Double gamma) {
}
