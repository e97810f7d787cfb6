package org.vaeexplorer.newkind;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Network;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.StructuredOutput;
import org.vaeexplorer.model.family.Defaults;
import org.vaeexplorer.model.family.ModelFamily;
import org.vaeexplorer.model.settings.ModelSetting;

/**
 * A kind added from outside the app's jar, to show what a new kind costs (issue 29): a VAE whose prior is
 * p(z) = N(0, s^2 I) with a fixed s = 1/2 instead of the standard normal, so that
 * KL(N(mu, sigma^2) || N(0, s^2)) = 1/2 sum_j (sigma_j^2 / s^2 + mu_j^2 / s^2 - 1 - log sigma_j^2 + log s^2).
 * It is this class (listed in the test resources' {@code META-INF/services}) and the two bundle lines of its name;
 * no main class names it.
 */
public final class NarrowPriorVae implements ModelFamily {
    public static final ModelKind KIND = new ModelKind("NARROW_PRIOR_VAE", "narrow-prior-vae");
    public static final double PRIOR_SD = 0.5;

    @Override
    public ModelKind kind() {
        return KIND;
    }

    @Override
    public Defaults defaults() {
        return new Defaults(Backbone.MLP, List.of(512), 2, KlEstimator.ANALYTIC, false, Objective.elbo(), null,
                null);
    }

    @Override
    public Set<ModelSetting> settings() {
        return EnumSet.of(ModelSetting.LATENT, ModelSetting.LIKELIHOOD, ModelSetting.HIDDEN);
    }

    @Override
    public ModelSpec spec(Network network, Objective objective, StructuredOutput structured) {
        ModelSpec spec = new Spec(network, objective);
        ModelFamily.refuseStructured(structured);
        return spec;
    }

    @Override
    public double priorVariance() {
        return PRIOR_SD * PRIOR_SD;
    }

    /** Its configuration record: the network and objective every kind has, nothing of its own. */
    public record Spec(Network network, Objective objective) implements ModelSpec.Extension {
        public Spec {
            ModelSpec.checkRules(network, false, objective);
        }

        @Override
        public ModelKind kind() {
            return KIND;
        }
    }
}
