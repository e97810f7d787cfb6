package org.vaeexplorer.model;

import org.nd4j.autodiff.samediff.SameDiff;

/**
 * A model's SameDiff graph for tests outside the model package that reach into it (to sabotage a weight, say); the
 * main code keeps {@link VaeModel#graph} to the model package.
 */
public final class ModelGraphs {
    private ModelGraphs() {
    }

    public static SameDiff of(VaeModel model) {
        return model.graph();
    }
}
