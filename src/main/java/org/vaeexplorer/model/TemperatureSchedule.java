package org.vaeexplorer.model;

/**
 * Gumbel-softmax temperature tau_t = max(tau_min, tau_0 * exp(-r t)) (Jang et al. 2017, "Categorical
 * Reparameterization with Gumbel-Softmax", section 4); r = 0 keeps tau fixed, as Dupont's code does at 0.67.
 */
public record TemperatureSchedule(double start, double min, double annealRate) {
    public TemperatureSchedule {
        if (!(start > 0) || !Double.isFinite(start) || !(min > 0) || min > start || !(annealRate >= 0)
                || !Double.isFinite(annealRate)) {
            throw SpecException.of("spec.temperatureSchedule", "temperature needs finite 0 < min <= start and rate "
                    + ">= 0; got " + start + ", " + min + ", " + annealRate, String.valueOf(start),
                    String.valueOf(min), String.valueOf(annealRate));
        }
    }

    public double valueAt(long iteration) {
        return Math.max(min, start * Math.exp(-annealRate * Math.max(0, iteration)));
    }
}
