package org.vaeexplorer.ui.train;

import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.training.TrainingSettings;

/** A validated request to train: what model, on what data, how. */
public record RunRequest(ModelSpec spec, LabelledSplits data, String datasetSource, TrainingSettings settings) {
}
