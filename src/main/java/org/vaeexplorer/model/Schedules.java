package org.vaeexplorer.model;

import java.util.List;

/** The schedule values of one iteration: Gumbel temperature and the two KL capacities (NaN where unused). */
public record Schedules(double temperature, double continuousCapacity, double discreteCapacity) {
    /**
     * The values of {@code spec}'s schedules at training iteration {@code t}. The discrete capacity is capped at
     * the largest KL the categorical latents can have against their uniform priors, sum_i ln K_i (Dupont 2018,
     * {@code jointvae/training.py}): above it the penalty gamma_c |KL_c - C_c| could never vanish, and would keep
     * pushing every image's category to full confidence however little the encoder has learnt yet.
     */
    public static Schedules at(ModelSpec spec, long t) {
        Objective o = spec.objective();
        return new Schedules(spec.temperature() == null ? Double.NaN : spec.temperature().valueAt(t),
                o.continuous() == null ? Double.NaN : o.continuous().valueAt(t),
                o.discrete() == null ? Double.NaN
                        : Math.min(o.discrete().valueAt(t), maximumDiscreteKl(spec.categories())));
    }

    /** sum_i ln K_i: the KL of one-hot categoricals against uniform priors over K_i categories. */
    static double maximumDiscreteKl(List<Integer> categories) {
        return categories.stream().mapToDouble(Math::log).sum();
    }
}
