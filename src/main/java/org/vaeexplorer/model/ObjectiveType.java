package org.vaeexplorer.model;

/** The training objective; the reported negative ELBO is always recon + KL, whatever is optimised. */
public enum ObjectiveType {
    /** Kingma and Welling 2014: minimise recon + KL. */
    ELBO,
    /** Higgins et al. 2017, beta-VAE: minimise recon + beta * KL. */
    BETA,
    /** Burgess et al. 2018: minimise recon + gamma * |KL - C_t|, C_t rising linearly. */
    CAPACITY,
    /** Dupont 2018, JointVAE: recon + gamma_z |KL_z - C_z(t)| + gamma_c |KL_c - C_c(t)|. */
    JOINT_CAPACITY,
    /**
     * Bao et al. 2017, CVAE-GAN: four networks, each with its own loss, weighted by {@link AdversarialWeights};
     * the reported negative ELBO is the encoder and generator's recon + KL.
     */
    ADVERSARIAL
}
