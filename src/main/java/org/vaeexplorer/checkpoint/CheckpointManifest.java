package org.vaeexplorer.checkpoint;

import java.util.List;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.SpecException;
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
    public static final int CURRENT_VERSION = 2;

    public CheckpointManifest {
        metrics = List.copyOf(metrics);
    }

    /**
     * This manifest as the current format stores it: a manifest read from an older format keeps that number in
     * memory, but its model is always written as the current format's record.
     */
    public CheckpointManifest inCurrentFormat() {
        return formatVersion == CURRENT_VERSION ? this : new CheckpointManifest(format, CURRENT_VERSION, model,
                dataset, training, epochsDone, iteration, metrics, provenance);
    }

    /** The same manifest with another provenance. */
    public CheckpointManifest withProvenance(Provenance p) {
        return new CheckpointManifest(format, formatVersion, model, dataset, training, epochsDone, iteration, metrics,
                p);
    }

    /** The test NELBO of the last epoch, or NaN before the first. */
    public double lastTestNelbo() {
        return metrics.isEmpty() ? Double.NaN : metrics.get(metrics.size() - 1).testNelbo();
    }

    /**
     * Refuses to continue training on {@code data} (loaded from {@code source}) unless its images and classes have
     * the shapes the model was built for.
     */
    public void requireFits(LabelledSplits data, String source) {
        ModelSpec spec = model;
        if (spec.rows() != data.rows() || spec.cols() != data.cols() || spec.numClasses() != data.train().numClasses()) {
            throw SpecException.of("run.dataDoesNotFit", "the checkpoint was trained on " + spec.rows() + "x"
                    + spec.cols() + " images of " + spec.numClasses() + " classes, but '" + source + "' has "
                    + data.rows() + "x" + data.cols() + " images of " + data.train().numClasses() + " classes",
                    String.valueOf(spec.rows()), String.valueOf(spec.cols()), String.valueOf(spec.numClasses()),
                    source, String.valueOf(data.rows()), String.valueOf(data.cols()),
                    String.valueOf(data.train().numClasses()));
        }
        if (spec.channels() != data.channels()) {
            throw SpecException.of("run.channelsDoNotFit", "the model takes images of "
                    + spec.channels() + " channels, but '" + source + "' has images of " + data.channels(),
                    String.valueOf(spec.channels()), source, String.valueOf(data.channels()));
        }
    }
}
