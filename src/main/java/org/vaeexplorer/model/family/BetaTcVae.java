package org.vaeexplorer.model.family;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nd4j.autodiff.samediff.SDVariable;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Network;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.ObjectiveType;
import org.vaeexplorer.model.SpecException;
import org.vaeexplorer.model.StructuredOutput;
import org.vaeexplorer.model.objective.TotalCorrelation;
import org.vaeexplorer.model.settings.ModelSetting;

/**
 * beta-TCVAE (Chen et al. 2018, "Isolating Sources of Disentanglement in Variational Autoencoders"). The KL term of
 * the ELBO, averaged over the data, splits into three (their eq. 2), with q(z) = 1/N sum_n q(z|x_n):
 * <pre>
 *   E_p(n)[KL(q(z|n) || p(z))] = I_q(z; n)                      index-code mutual information
 *                              + KL(q(z) || prod_j q(z_j))      total correlation (TC)
 *                              + sum_j KL(q(z_j) || p(z_j))     dimension-wise KL
 *   L_beta-TC = E_q(z|n)p(n)[log p(n|z)] - alpha I_q(z; n) - beta KL(q(z) || prod_j q(z_j))
 *               - gamma sum_j KL(q(z_j) || p(z_j))               (their eq. 4)
 * </pre>
 * With the paper's main setting alpha = gamma = 1 the three terms other than the TC sum back to the KL, so the loss
 * per image, in nats, is recon_i + KL_i + (beta - 1) TC_i, with TC_i the minibatch-weighted-sampling estimate of
 * {@link TotalCorrelation} and KL_i the spec's KL (analytic unless the Monte-Carlo one is chosen; single-sample,
 * log q(z|x) - log p(z) = MI + TC + dimension-wise KL term by term, which is the paper's form exactly). beta = 1 is
 * the VAE. Default beta = 6, the value the paper's dSprites comparisons feature (not re-checked against the paper's
 * figures here); the MLP of the other MNIST kinds with 10 latents, as beta-VAE. Batch 128, not the authors' code's
 * 2048 (rtqichen/beta-tcvae, vae_quant.py): the estimate costs B^2 D per step on a shared CPU.
 */
public final class BetaTcVae implements ModelFamily {
    public static final ModelKind KIND = new ModelKind("BETA_TCVAE", "beta-tcvae");
    public static final double DEFAULT_BETA = 6;

    @Override
    public ModelKind kind() {
        return KIND;
    }

    @Override
    public Defaults defaults() {
        return new Defaults(Backbone.MLP, List.of(512), 10, KlEstimator.ANALYTIC, false,
                Objective.beta(DEFAULT_BETA), null, null);
    }

    @Override
    public Set<ModelSetting> settings() {
        return EnumSet.of(ModelSetting.LATENT, ModelSetting.LIKELIHOOD, ModelSetting.HIDDEN, ModelSetting.BETA);
    }

    @Override
    public ModelSpec spec(Network network, Objective objective, StructuredOutput structured) {
        ModelSpec spec = new ModelSpec.BetaTcVae(network, objective);
        ModelFamily.refuseStructured(structured);
        return spec;
    }

    @Override
    public Objective objective(Objective current, ObjectiveChoice choice) {
        return choice.beta() != null ? Objective.beta(choice.beta()) : current;
    }

    @Override
    public Set<ObjectiveType> trainedObjectives() {
        return Set.of(ObjectiveType.BETA);
    }

    @Override
    public SDVariable graphLoss(Objective objective, SDVariable recon, SDVariable kl, SDVariable z, SDVariable mu,
                                SDVariable logVar) {
        SDVariable tc = TotalCorrelation.perImage(z, mu, logVar).rename(TotalCorrelation.NAME);
        return recon.add(kl).add(tc.mul(objective.beta() - 1)).mean();
    }

    /**
     * Its own rule, for its configuration record ({@link ModelSpec.BetaTcVae}): a beta objective and continuous
     * latents only, since the TC estimate is over Gaussian codes.
     */
    public static void check(Network network, Objective objective) {
        if (objective.type() != ObjectiveType.BETA || network.latentDim() == 0 || !network.categories().isEmpty()) {
            throw SpecException.of("spec.betaTcvaeShape",
                    "beta-TCVAE takes a beta objective and continuous latents only (at least one)");
        }
    }
}
