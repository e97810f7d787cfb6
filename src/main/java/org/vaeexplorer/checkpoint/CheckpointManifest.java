package org.vaeexplorer.checkpoint;

import java.util.List;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingSettings;

/**
 * The human-readable half of a checkpoint ({@code manifest.json}): what the model is, what it was trained on and
 * how, how well it does, and where it came from.
 */
public record CheckpointManifest(String format, int formatVersion, ModelSpec model, DatasetInfo dataset,
                                 TrainingSettings training, int epochsDone, long iteration,
                                 List<EpochMetrics> metrics, Provenance provenance) {
    public static final String FORMAT = "vae-explorer-checkpoint";
    public static final int CURRENT_VERSION = 1;

    public CheckpointManifest {
        metrics = List.copyOf(metrics);
    }

    /** The test NELBO of the last epoch, or NaN before the first. */
    public double lastTestNelbo() {
        return metrics.isEmpty() ? Double.NaN : metrics.get(metrics.size() - 1).testNelbo();
    }
}
