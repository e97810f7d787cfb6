package org.vaeexplorer.model.family;

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
import org.vaeexplorer.model.settings.ModelSetting;

/** A CVAE with the one-hot label fed to encoder and decoder (Sohn et al. 2015). */
public final class ConditionalVae implements ModelFamily {
    @Override
    public ModelKind kind() {
        return ModelKind.CVAE;
    }

    @Override
    public Defaults defaults() {
        return new Defaults(Backbone.MLP, List.of(512), 2, KlEstimator.ANALYTIC, true, Objective.elbo(), null, null);
    }

    @Override
    public ModelSpec spec(Network network, Objective objective, StructuredOutput structured) {
        ModelSpec spec = new ModelSpec.Cvae(network, objective);
        ModelFamily.refuseStructured(structured);
        return spec;
    }

    @Override
    public Set<ModelSetting> settings() {
        return EnumSet.of(ModelSetting.LATENT, ModelSetting.LIKELIHOOD, ModelSetting.HIDDEN);
    }

    @Override
    public boolean standardLoss() {
        return true;
    }

    @Override
    public boolean takesLabel() {
        return true;
    }
}
