package org.vaeexplorer.model;

/**
 * A KL capacity C_t that rises linearly from {@code min} to {@code max} nats over {@code iterations} training
 * iterations and then stays at {@code max} (Burgess et al. 2018, "Understanding disentangling in beta-VAE";
 * Dupont 2018). {@code gamma} weighs the penalty gamma * |KL - C_t|.
 */
public record CapacitySchedule(double min, double max, long iterations, double gamma) {
    public CapacitySchedule {
        // Written so that NaN fails each test (NaN compares false to everything).
        if (!(min >= 0) || !(max >= min) || !Double.isFinite(max) || iterations <= 0 || !(gamma > 0)
                || !Double.isFinite(gamma)) {
            throw SpecException.of("spec.capacitySchedule", "capacity needs finite 0 <= min <= max, iterations > 0, "
                    + "gamma > 0; got " + min + ", " + max + ", " + iterations + ", " + gamma, String.valueOf(min),
                    String.valueOf(max), String.valueOf(iterations), String.valueOf(gamma));
        }
    }

    /** C_t = min + (max - min) * min(1, t / iterations). */
    public double valueAt(long iteration) {
        double f = Math.min(1.0, Math.max(0, iteration) / (double) iterations);
        return min + (max - min) * f;
    }
}
