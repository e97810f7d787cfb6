package org.vaeexplorer.training;

import java.util.Map;
import org.vaeexplorer.model.VaeModel;

/**
 * Figures measured on the model at the end of each epoch, after its test evaluation, and recorded by name with
 * that epoch's metrics ({@link EpochMetrics#scores()}), so every listener and the checkpoint see them: for a
 * dataset with known factors, the disentanglement metrics. Called on the training thread, between the epoch's
 * evaluation and its listeners; its time is not counted in the epoch's seconds.
 */
@FunctionalInterface
public interface EpochScorer {
    /** Measures nothing: most runs. */
    EpochScorer NONE = model -> Map.of();

    /** The figures by name, in the order they should be shown (empty: nothing to record this epoch). */
    Map<String, Double> score(VaeModel model);
}
