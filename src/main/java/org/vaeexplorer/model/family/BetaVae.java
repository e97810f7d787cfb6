package org.vaeexplorer.model.family;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.CapacitySchedule;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Network;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.ObjectiveType;
import org.vaeexplorer.model.StructuredOutput;
import org.vaeexplorer.model.settings.ModelSetting;

/**
 * beta-VAE with beta = 4 and 10 latents (Higgins et al. 2017), or Burgess et al.'s capacity objective when a
 * capacity is given: then 100,000 iterations and gamma 1000 unless given too.
 */
public final class BetaVae implements ModelFamily {
    @Override
    public ModelKind kind() {
        return ModelKind.BETA_VAE;
    }

    @Override
    public Defaults defaults() {
        return new Defaults(Backbone.MLP, List.of(512), 10, KlEstimator.ANALYTIC, false, Objective.beta(4.0), null,
                null);
    }

    @Override
    public ModelSpec spec(Network network, Objective objective, StructuredOutput structured) {
        ModelSpec spec = new ModelSpec.BetaVae(network, objective);
        ModelFamily.refuseStructured(structured);
        return spec;
    }

    @Override
    public Set<ModelSetting> settings() {
        return EnumSet.of(ModelSetting.LATENT, ModelSetting.LIKELIHOOD, ModelSetting.HIDDEN, ModelSetting.BETA,
                ModelSetting.CAPACITY, ModelSetting.CAPACITY_ITERATIONS, ModelSetting.GAMMA);
    }

    @Override
    public Objective objective(Objective current, ObjectiveChoice choice) {
        if (choice.capacity() != null) {
            return Objective.capacity(new CapacitySchedule(0, choice.capacity(),
                    choice.capacityIterations() != null ? choice.capacityIterations() : 100_000,
                    choice.gamma() != null ? choice.gamma() : 1000));
        }
        return choice.beta() != null ? Objective.beta(choice.beta()) : current;
    }

    @Override
    public boolean standardLoss() {
        return true;
    }

    @Override
    public Set<ObjectiveType> trainedObjectives() {
        return Set.of(ObjectiveType.BETA, ObjectiveType.CAPACITY);
    }
}
