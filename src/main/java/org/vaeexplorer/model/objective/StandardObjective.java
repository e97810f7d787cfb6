package org.vaeexplorer.model.objective;

import static org.vaeexplorer.model.graph.GraphNames.CAP_CONT;
import static org.vaeexplorer.model.graph.GraphNames.CAP_DISC;
import org.vaeexplorer.model.CapacitySchedule;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.graph.VaeGraphBuilder;

/**
 * The objective of the standard graph, per image averaged over the batch, written once: the graph builds it
 * ({@link VaeGraphBuilder}) and a training step's reported loss is completed by it from the captured terms
 * ({@link CapturedObjective}). Capacity terms act on batch means:
 * <pre>
 *   ELBO:           mean(recon + KL)                                   (Kingma and Welling 2014)
 *   BETA:           mean(recon + beta KL)                              (Higgins et al. 2017)
 *   CAPACITY:       mean(recon) + gamma |mean(KL) - C_t|               (Burgess et al. 2018)
 *   JOINT_CAPACITY: mean(recon) + gamma_z |mean(KL_z) - C_z| + gamma_c |mean(KL_c) - C_c|   (Dupont 2018)
 * </pre>
 * KL is the continuous and discrete KL together (either may be absent).
 */
public final class StandardObjective {
    private StandardObjective() {
    }

    /** The loss; {@code klContinuous} or {@code klDiscrete} is null when the model has no such latent. */
    public static <T> T loss(Objective o, T recon, T klContinuous, T klDiscrete, LossArithmetic<T> a) {
        T klAll = klContinuous == null ? klDiscrete : klDiscrete == null ? klContinuous : a.add(klContinuous,
                klDiscrete);
        return switch (o.type()) {
            case ELBO -> a.mean(a.add(recon, klAll));
            case BETA -> a.mean(a.add(recon, a.times(klAll, o.beta())));
            case CAPACITY -> a.add(a.mean(recon), penalty(klAll, CAP_CONT, o.continuous(), a));
            case JOINT_CAPACITY -> a.add(a.add(a.mean(recon), penalty(klContinuous, CAP_CONT, o.continuous(), a)),
                    penalty(klDiscrete, CAP_DISC, o.discrete(), a));
            // Four networks' losses, not one: AdversarialLosses on CVAE-GAN's own graph.
            case ADVERSARIAL -> throw new IllegalArgumentException("the adversarial objective is CVAE-GAN's graph's");
        };
    }

    /**
     * dLoss / d mean(KL) for a model without a categorical code, whose loss is a function of the batch means of
     * recon and KL (with slope 1 in mean(recon)): 1 for the ELBO, beta, and gamma sign(mean(KL) - C_t) for the
     * capacity objective ({@code capacity} = C_t; sign(0) = 0, as the graph's abs differentiates). A hand-written
     * backward pass ({@code FusedVaeStep}) starts from it.
     */
    public static double klSlope(Objective o, double meanKl, double capacity) {
        return switch (o.type()) {
            case ELBO -> 1;
            case BETA -> o.beta();
            case CAPACITY -> o.continuous().gamma() * Math.signum(meanKl - capacity);
            case JOINT_CAPACITY, ADVERSARIAL -> throw new IllegalArgumentException(o.type()
                    + " is not a function of the continuous KL alone");
        };
    }

    /** gamma |mean(KL) - C_t|. */
    private static <T> T penalty(T kl, String capacity, CapacitySchedule c, LossArithmetic<T> a) {
        T fed = a.capacity(capacity);
        return a.times(a.abs(a.minus(a.mean(kl), fed)), c.gamma());
    }
}
