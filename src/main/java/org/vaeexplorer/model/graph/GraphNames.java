package org.vaeexplorer.model.graph;

/** Names of the placeholders and outputs of a VAE graph: the contract between graph, trainer and explorer. */
public final class GraphNames {
    // Training/evaluation inputs.
    public static final String X = "x";
    public static final String EPS = "eps";
    public static final String LABEL = "label";
    public static final String GUMBEL_U = "gumbel_u";
    public static final String TAU = "tau";
    public static final String CAP_CONT = "cap_cont";
    public static final String CAP_DISC = "cap_disc";
    /** Structured-output CVAE: 1 where a pixel is given, 0 where it is to be completed. */
    public static final String MASK = "given_mask";
    /** Structured-output CVAE: the noise of a sample of the prior network, z = mu(x) + sigma(x) * eps_prior. */
    public static final String EPS_PRIOR = "eps_prior";
    // Decoding entry: the same decoder weights, fed a code directly.
    public static final String Z_IN = "z_in";
    public static final String CAT_IN = "cat_in";
    public static final String LABEL_IN = "label_in";
    // Outputs.
    public static final String LOSS = "loss";
    public static final String RECON = "recon";
    public static final String KL_DIMS = "kl_dims";
    public static final String KL_CONT = "kl_cont";
    public static final String KL_MC = "kl_mc";
    public static final String KL_DISC = "kl_disc";
    public static final String MU = "mu";
    public static final String LOGVAR = "logvar";
    public static final String CAT_PROBS = "cat_probs";
    /** The probabilities of categorical latent i alone: computed by every training step (its KL needs them). */
    public static String categoricalProbabilities(int i) {
        return "cat" + i + "_alpha";
    }

    /** The relaxed one-hot samples of all categorical latents, concatenated. */
    public static final String CAT_SAMPLE = "cat_sample";
    public static final String X_MEAN = "x_mean";
    public static final String DECODED = "decoded";
    /** Structured-output CVAE: -log p(y|x) of the baseline net y_hat = f(x), per image. */
    public static final String BASELINE_NLL = "baseline_nll";
    /** Structured-output CVAE: the baseline's guess of every pixel, in [0, 1]. */
    public static final String BASELINE_MEAN = "baseline_mean";
    /** Structured-output CVAE: -log p(y|x, z) with z = mu(x) + sigma(x) * eps_prior from the prior net. */
    public static final String RECON_PRIOR = "recon_prior";
    /** Structured-output CVAE: the generation net's pixel means for that prior sample. */
    public static final String PRIOR_SAMPLE_MEAN = "prior_sample_mean";
    public static final String PRIOR_MU = "prior_mu";
    public static final String PRIOR_LOGVAR = "prior_logvar";
    /** Prefix of every decoder weight, so a decode-only copy can find them. */
    public static final String DECODER_PREFIX = "dec_";

    private GraphNames() {
    }
}
