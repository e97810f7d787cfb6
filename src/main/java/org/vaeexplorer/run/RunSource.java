package org.vaeexplorer.run;

import java.util.List;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointManifest;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.model.EngineStateException;
import org.vaeexplorer.model.EngineText;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * Where a run's model comes from: a fresh model of a spec, or a checkpoint to continue (the one resume path of
 * the command line and the Train page). A fresh model is built only by {@link #model()}, on the training thread.
 */
public final class RunSource {
    private final ModelSpec spec;
    private final TrainingSettings settings;
    private final Checkpoint checkpoint;

    private RunSource(ModelSpec spec, TrainingSettings settings, Checkpoint checkpoint) {
        this.spec = spec;
        this.settings = settings;
        this.checkpoint = checkpoint;
    }

    public static RunSource fresh(ModelSpec spec, TrainingSettings settings) {
        return new RunSource(spec, settings, null);
    }

    /**
     * Continues {@code checkpoint} on {@code data} with its own settings, to its planned epochs.
     *
     * @throws IllegalArgumentException when the data does not fit the checkpoint's model
     * @throws IllegalStateException when the checkpoint was saved without the optimiser's state
     */
    public static RunSource resume(Checkpoint checkpoint, LabelledSplits data, String datasetSource) {
        if (!checkpoint.canResume()) {
            throw new EngineStateException(EngineText.of("run.noOptimiserState", "this checkpoint was saved "
                    + "without the optimiser's state, for exploring: it can be opened and explored, but training "
                    + "cannot continue it (resume from the run's own checkpoint instead)"));
        }
        checkpoint.manifest().requireFits(data, datasetSource);
        CheckpointManifest m = checkpoint.manifest();
        return new RunSource(m.model(), m.training(), checkpoint);
    }

    /** The same source training to {@code totalEpochs} epochs in all. */
    public RunSource withEpochs(int totalEpochs) {
        return new RunSource(spec, settings.withEpochs(totalEpochs), checkpoint);
    }

    /**
     * Up to the planned epochs if the checkpoint stopped early, otherwise {@code extraEpochs} more: what
     * "continue this run" means on the Train page.
     */
    public RunSource continuing(int extraEpochs) {
        int done = state().epochsDone();
        return withEpochs(done < settings.epochs() ? settings.epochs() : done + extraEpochs);
    }

    public boolean resumed() {
        return checkpoint != null;
    }

    public ModelSpec spec() {
        return spec;
    }

    public TrainingSettings settings() {
        return settings;
    }

    /** A fresh state, or the checkpoint's (epochs, iterations, metrics so far). */
    public TrainingState state() {
        return checkpoint == null ? new TrainingState() : checkpoint.trainingState();
    }

    /** The SHA-256 of the checkpoint file this run continues, or null (a fresh run, or one not read from a file). */
    public String parentSha256() {
        return checkpoint == null ? null : checkpoint.fileSha256();
    }

    /** The metrics of the epochs already done. */
    public List<EpochMetrics> history() {
        return checkpoint == null ? List.of() : checkpoint.manifest().metrics();
    }

    /** Builds the fresh model (seeded by the settings) or returns the checkpoint's. */
    VaeModel model() {
        return checkpoint != null ? checkpoint.model()
                : VaeModel.create(spec, settings.seed(), settings.learningRate());
    }
}
