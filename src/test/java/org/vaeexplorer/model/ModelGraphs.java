package org.vaeexplorer.model;

import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * A model's SameDiff graph and named outputs for tests outside the model package that reach into it (to sabotage a
 * weight, or check a new kind's KL by hand); the main code keeps {@link VaeModel#graph} and {@link VaeModel#outputs}
 * to the model package and crosses it by {@link VaeModel#encode} and {@link VaeModel#decode}.
 */
public final class ModelGraphs {
    private ModelGraphs() {
    }

    public static SameDiff of(VaeModel model) {
        return model.graph();
    }

    public static Map<String, float[]> outputs(VaeModel model, Batch batch, NoiseSource noise, Schedules schedules,
                                               boolean useMeans, String... names) {
        return model.outputs(batch, noise, schedules, useMeans, names);
    }
}
