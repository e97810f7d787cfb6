package org.vaeexplorer.model;

/** The schedule values of one iteration: Gumbel temperature and the two KL capacities (NaN where unused). */
public record Schedules(double temperature, double continuousCapacity, double discreteCapacity) {
    /** The values of {@code spec}'s schedules at training iteration {@code t}. */
    public static Schedules at(ModelSpec spec, long t) {
        Objective o = spec.objective();
        return new Schedules(spec.temperature() == null ? Double.NaN : spec.temperature().valueAt(t),
                o.continuous() == null ? Double.NaN : o.continuous().valueAt(t),
                o.discrete() == null ? Double.NaN : o.discrete().valueAt(t));
    }
}
