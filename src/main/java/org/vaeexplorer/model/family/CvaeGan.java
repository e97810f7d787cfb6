package org.vaeexplorer.model.family;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.AdversarialTerms;
import org.vaeexplorer.model.AdversarialWeights;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.EngineText;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.LossTerms;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Network;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.ObjectiveType;
import org.vaeexplorer.model.SpecException;
import org.vaeexplorer.model.StructuredOutput;
import org.vaeexplorer.model.graph.GraphFamily;
import org.vaeexplorer.model.settings.ModelSetting;

/**
 * CVAE-GAN (Bao et al. 2017, "CVAE-GAN: Fine-Grained Image Generation through Asymmetric Training"): a CVAE's
 * encoder E and generator G, plus a discriminator D and a classifier C, each network trained on its own loss by its
 * own optimiser (the losses: {@code model.objective.AdversarialLosses}; the graph: {@link GraphFamily#cvaeGan()}).
 * Its encoder and generator are the CVAE's networks, so it explores as a CVAE does (label picker, plane, grid; G
 * decodes). Defaults: the conv net of the TensorFlow tutorial for 28x28 images (the one shipped), 2 latent
 * dimensions as the app's CVAE (a plane to drag), the paper's loss weights ({@link AdversarialWeights#PAPER}), a
 * batch of 64 (Radford et al. 2016's DCGAN batch; the paper gives none for MNIST) and the app's Adam at 1e-3: on
 * 30 steps of 1,920 MNIST images it reached a test NELBO of 273 nats where DCGAN's 2e-4 reached 516, with D winning
 * at neither (2026-12-07).
 */
public final class CvaeGan implements ModelFamily {
    public static final ModelKind KIND = new ModelKind("CVAE_GAN", "cvae-gan");
    /** An epoch whose mean L_D is below this (nats per image, of three images) is one D has won outright. */
    static final double DISCRIMINATOR_WON = 0.01;

    @Override
    public ModelKind kind() {
        return KIND;
    }

    @Override
    public Defaults defaults() {
        return new Defaults(Backbone.CONV, List.of(), 2, KlEstimator.ANALYTIC, true,
                Objective.adversarial(AdversarialWeights.PAPER), null, null);
    }

    @Override
    public Set<ModelSetting> settings() {
        return EnumSet.of(ModelSetting.LATENT, ModelSetting.LIKELIHOOD, ModelSetting.HIDDEN,
                ModelSetting.GAN_KL_WEIGHT, ModelSetting.GAN_RECON_WEIGHT, ModelSetting.GAN_GENERATOR_WEIGHT,
                ModelSetting.GAN_MATCHING_WEIGHT);
    }

    @Override
    public ModelSpec spec(Network network, Objective objective, StructuredOutput structured) {
        ModelSpec spec = new ModelSpec.CvaeGan(network, objective);
        ModelFamily.refuseStructured(structured);
        return spec;
    }

    @Override
    public Objective objective(Objective current, ObjectiveChoice choice) {
        AdversarialWeights w = current.adversarial() != null ? current.adversarial() : AdversarialWeights.PAPER;
        return Objective.adversarial(w.with(choice.klWeight(), choice.reconWeight(), choice.generatorWeight(),
                choice.matchingWeight()));
    }

    @Override
    public Set<ObjectiveType> trainedObjectives() {
        return Set.of(ObjectiveType.ADVERSARIAL);
    }

    @Override
    public boolean takesLabel() {
        return true;
    }

    @Override
    public int batchSize() {
        return 64;
    }

    /** The CVAE: the same E and G trained on the ELBO alone, whose blur the discriminator's features sharpen. */
    @Override
    public ModelKind shownBeside() {
        return ModelKind.CVAE;
    }

    @Override
    public GraphFamily graph() {
        return GraphFamily.cvaeGan();
    }

    /** D has won when its mean loss over the epoch is near 0: G's features then teach nothing (section 3.2). */
    @Override
    public EngineText epochVerdict(LossTerms epochMeans) {
        Double lossD = epochMeans.own().get(AdversarialTerms.DISCRIMINATOR);
        if (lossD != null && lossD < DISCRIMINATOR_WON) {
            String value = String.format(java.util.Locale.ROOT, "%.2g", lossD);
            return EngineText.of("train.gan.discriminatorWon", "The discriminator won outright: its loss was "
                    + value + " nats over the epoch, so the generator's features no longer teach it anything. "
                    + "Try a lower learning rate or a larger feature-matching weight.", value);
        }
        return null;
    }

    /**
     * Its own rules, for its configuration record: continuous latents only, the adversarial objective, the analytic
     * KL, and a likelihood of the pixels in [0, 1] (G's images are what D and C read).
     */
    public static void check(Network network, Objective objective) {
        if (network.latentDim() == 0 || !network.categories().isEmpty()
                || objective.type() != ObjectiveType.ADVERSARIAL || network.klEstimator() != KlEstimator.ANALYTIC
                || network.backbone() == Backbone.DUPONT || network.likelihood() == Likelihood.GAUSSIAN_LEARNED) {
            throw SpecException.of("spec.cvaeGanShape", "CVAE-GAN takes continuous latents only (at least one), "
                    + "the adversarial objective, the analytic KL, the MLP or conv net and a Bernoulli or fixed "
                    + "Gaussian likelihood");
        }
    }
}
