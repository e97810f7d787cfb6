package org.vaeexplorer.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * Saves a run into its folder as it goes: {@code epoch-N.vaex} after every epoch (the last {@code keep} are kept),
 * {@code best.vaex} whenever the test NELBO improves, and {@code last.vaex} when the run ends however it ends.
 */
public final class RunAutosaver implements TrainingListener {
    private final CheckpointStore store = new CheckpointStore();
    private final Path folder;
    private final DatasetInfo dataset;
    private final TrainingSettings settings;
    private final int keep;
    private final Deque<Path> recent = new ArrayDeque<>();
    private double best = Double.POSITIVE_INFINITY;
    private volatile IOException lastFailure;

    public RunAutosaver(Path folder, DatasetInfo dataset, TrainingSettings settings, int keep) {
        this.folder = folder;
        this.dataset = dataset;
        this.settings = settings;
        this.keep = keep;
    }

    public Path folder() {
        return folder;
    }

    public Path best() {
        return folder.resolve("best" + CheckpointStore.EXTENSION);
    }

    public Path last() {
        return folder.resolve("last" + CheckpointStore.EXTENSION);
    }

    /** The last save that failed (a full disk, say), or null; training goes on regardless. */
    public IOException lastFailure() {
        return lastFailure;
    }

    /** A failed save (a full disk, say) is recorded, not thrown: training goes on and the next epoch retries. */
    @Override
    public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
        try {
            saveEpoch(model, state, metrics);
        } catch (IOException e) {
            // recorded in lastFailure by save()
        }
    }

    private void saveEpoch(VaeModel model, TrainingState state, EpochMetrics metrics) throws IOException {
        Path file = folder.resolve("epoch-" + metrics.epoch() + CheckpointStore.EXTENSION);
        save(file, model, state);
        recent.addLast(file);
        while (recent.size() > keep) {
            Files.deleteIfExists(recent.removeFirst());
        }
        if (metrics.testNelbo() < best) {
            best = metrics.testNelbo();
            save(best(), model, state);
        }
    }

    @Override
    public void trainingEnded(VaeModel model, TrainingState state, TrainingOutcome outcome) {
        try {
            save(last(), model, state);
        } catch (IOException e) {
            lastFailure = e;
        }
    }

    private void save(Path file, VaeModel model, TrainingState state) throws IOException {
        try {
            store.save(file, Manifests.of(model.spec(), dataset, settings, state, "VAE Explorer (Train page)"),
                    model);
            lastFailure = null;
        } catch (IOException e) {
            lastFailure = new IOException("could not save " + file.getFileName() + " in " + folder + ": "
                    + e.getMessage(), e);
            throw lastFailure;
        }
    }
}
