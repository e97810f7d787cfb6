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
import org.vaeexplorer.model.TemperatureSchedule;
import org.vaeexplorer.model.settings.ModelSetting;

/**
 * Dupont's JointVAE MNIST setting (2018): 10 continuous latents and one discrete latent with one category per class,
 * capacities from 0 to 5 nats over 25,000 iterations with gamma 30, temperature 0.67, Adam at 5e-4 on batches of
 * 64. The MLP default (512-256) is for the other backbones; the shipped model uses Dupont's conv net.
 */
public final class JointVae implements ModelFamily {
    @Override
    public ModelKind kind() {
        return ModelKind.JOINT_VAE;
    }

    @Override
    public Defaults defaults() {
        CapacitySchedule c = new CapacitySchedule(0, 5, 25_000, 30);
        return new Defaults(Backbone.MLP, List.of(512, 256), 10, KlEstimator.ANALYTIC, false,
                Objective.jointCapacity(c, c), new TemperatureSchedule(0.67, 0.67, 0), null);
    }

    @Override
    public List<Integer> defaultCategories(int numClasses) {
        return List.of(numClasses);
    }

    @Override
    public ModelSpec spec(Network network, Objective objective, StructuredOutput structured) {
        ModelSpec spec = new ModelSpec.JointVae(network, objective);
        ModelFamily.refuseStructured(structured);
        return spec;
    }

    @Override
    public Set<ModelSetting> settings() {
        return EnumSet.of(ModelSetting.LATENT, ModelSetting.LIKELIHOOD, ModelSetting.HIDDEN, ModelSetting.DISCRETE,
                ModelSetting.CAPACITY, ModelSetting.CAPACITY_ITERATIONS, ModelSetting.GAMMA,
                ModelSetting.TEMPERATURE, ModelSetting.TEMPERATURE_MIN, ModelSetting.ANNEAL_RATE);
    }

    /** Both capacities follow the one schedule a person gives: the given parts replace the current ones. */
    @Override
    public Objective objective(Objective current, ObjectiveChoice choice) {
        if (current.continuous() == null || current.discrete() == null) {
            return current;
        }
        return Objective.jointCapacity(override(current.continuous(), choice), override(current.discrete(), choice));
    }

    private static CapacitySchedule override(CapacitySchedule c, ObjectiveChoice choice) {
        return new CapacitySchedule(c.min(), choice.capacity() != null ? choice.capacity() : c.max(),
                choice.capacityIterations() != null ? choice.capacityIterations() : c.iterations(),
                choice.gamma() != null ? choice.gamma() : c.gamma());
    }

    @Override
    public double learningRate() {
        return 5e-4;
    }

    @Override
    public int batchSize() {
        return 64;
    }

    @Override
    public boolean standardLoss() {
        return true;
    }

    @Override
    public Set<ObjectiveType> trainedObjectives() {
        return Set.of(ObjectiveType.JOINT_CAPACITY);
    }
}
