package org.vaeexplorer.model;

/** How the continuous KL(q(z|x) || p(z)) enters the training objective. */
public enum KlEstimator {
    /** Closed form for diagonal Gaussians: KL = -1/2 sum_j (1 + log sigma_j^2 - mu_j^2 - sigma_j^2). */
    ANALYTIC,
    /**
     * Single-sample Monte-Carlo estimate log q(z|x) - log p(z) at the reparameterised z, as in the TensorFlow
     * tutorial's ELBO log p(x|z) + log p(z) - log q(z|x). Reported KL figures stay analytic either way.
     */
    MONTE_CARLO
}
