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

/** The TensorFlow tutorial's convolutional VAE, with its Monte-Carlo estimate of the KL term. */
public final class ConvVae implements ModelFamily {
    @Override
    public ModelKind kind() {
        return ModelKind.CONV_VAE;
    }

    @Override
    public Defaults defaults() {
        return new Defaults(Backbone.CONV, List.of(), 2, KlEstimator.MONTE_CARLO, false, Objective.elbo(), null,
                null);
    }

    /** No hidden widths: the conv net's layers are fixed. */
    @Override
    public ModelSpec spec(Network network, Objective objective, StructuredOutput structured) {
        ModelSpec spec = new ModelSpec.ConvVae(network, objective);
        ModelFamily.refuseStructured(structured);
        return spec;
    }

    @Override
    public Set<ModelSetting> settings() {
        return EnumSet.of(ModelSetting.LATENT, ModelSetting.LIKELIHOOD);
    }

    @Override
    public boolean standardLoss() {
        return true;
    }
}
