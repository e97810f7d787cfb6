package org.vaeexplorer.model;

/** The decoder's distribution p(x|z) over pixel values in [0, 1]; its negative log is the reconstruction term. */
public enum Likelihood {
    /** Bernoulli with logits l: -log p(x|z) = sum_i relu(l_i) - x_i l_i + log(1 + exp(-|l_i|)) (grey levels allowed). */
    BERNOULLI(true),
    /** Gaussian with mean sigmoid(l) and a fixed standard deviation sigma: nats including the normaliser. */
    GAUSSIAN_FIXED(true),
    /** Gaussian with mean sigmoid(l) and a learned per-pixel log-variance: nats including the normaliser. */
    GAUSSIAN_LEARNED(true),
    /**
     * Plain sum of squared errors sum_i (x_i - sigmoid(l_i))^2, as many seed implementations use. It is not a
     * log-likelihood, so the "ELBO" of such a model is not in nats and is labelled so.
     */
    SUM_SQUARED_ERROR(false);

    private final boolean nats;

    Likelihood(boolean nats) {
        this.nats = nats;
    }

    /** Whether the reconstruction term (and so the ELBO) is a true negative log-likelihood in nats. */
    public boolean isNats() {
        return nats;
    }
}
