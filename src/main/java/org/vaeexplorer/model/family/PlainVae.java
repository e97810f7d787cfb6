package org.vaeexplorer.model.family;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSetting;

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
    public Set<ModelSetting> settings() {
        return EnumSet.of(ModelSetting.LATENT, ModelSetting.LIKELIHOOD, ModelSetting.HIDDEN);
    }

    @Override
    public boolean standardLoss() {
        return true;
    }
}
