package org.vaeexplorer.model.family;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Network;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.StructuredOutput;
import org.vaeexplorer.model.settings.ModelSetting;

/** The 784-512-2 MLP VAE of Kingma and Welling (2014). */
public final class PlainVae implements ModelFamily {
    @Override
    public ModelKind kind() {
        return ModelKind.VAE;
    }

    @Override
    public Defaults defaults() {
        return Defaults.mlp(List.of(512), 2);
    }

    @Override
    public ModelSpec spec(Network network, Objective objective, StructuredOutput structured) {
        ModelSpec spec = new ModelSpec.Vae(network, objective);
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
}
