package org.vaeexplorer.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.checkpoint.Manifests;
import org.vaeexplorer.model.EngineText;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * The one checkpoint writer of a run, in one of two shapes.
 * <ul>
 * <li>One file (the command line's {@code --out}): written after every epoch, so an interrupted run loses at most
 * one, and once more at the end of a run that did not complete. A failed save stops the run.</li>
 * <li>A run folder (the Train page): {@code epoch-N.vaex} after every epoch (the last {@code keep} are kept),
 * {@code best.vaex} whenever the test NELBO improves, {@code last.vaex} when the run ends however it ends. A failed
 * save (a full disk, say) is logged and kept in {@link #lastFailure()}; training goes on and the next epoch
 * retries.</li>
 * </ul>
 */
public final class RunCheckpoints implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(RunCheckpoints.class);

    /** Where a run saves: one file, or a folder keeping the last {@code keep} epochs. */
    public record Target(Path file, Path folder, int keep) {
        public static Target file(Path file) {
            return new Target(file, null, 0);
        }

        public static Target folder(Path folder, int keep) {
            return new Target(null, folder, keep);
        }

        /** A new folder under {@code runsRoot} named by the time and {@code name}, e.g. 20250101-120000-vae. */
        public static Target newFolder(Path runsRoot, String name, int keep) {
            return folder(runsRoot.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                    + "-" + name), keep);
        }

        boolean isFolder() {
            return folder != null;
        }
    }

    private final CheckpointStore store = new CheckpointStore();
    private final Target target;
    private final DatasetInfo dataset;
    private final TrainingSettings settings;
    private final String command;
    private final String parentSha256;
    private final Deque<Path> recent = new ArrayDeque<>();
    private double best = Double.POSITIVE_INFINITY;
    private volatile IOException lastFailure;
    private volatile Path divergedCopy;
    private int epochsAtStart = -1;
    private volatile boolean keptExisting;

    RunCheckpoints(Target target, DatasetInfo dataset, TrainingSettings settings, String command,
                   String parentSha256) {
        this.target = target;
        this.dataset = dataset;
        this.settings = settings;
        this.command = command;
        this.parentSha256 = parentSha256;
    }

    public Target target() {
        return target;
    }

    /** The last save that failed in a run folder, or null; training went on regardless. */
    public IOException lastFailure() {
        return lastFailure;
    }

    @Override
    public void trainingStarted(VaeModel model, TrainingState state, TrainingSettings runSettings) {
        epochsAtStart = state.epochsDone();
    }

    @Override
    public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) throws IOException {
        if (!target.isFolder()) {
            save(target.file(), model, state);
            return;
        }
        try {
            Path file = target.folder().resolve("epoch-" + metrics.epoch() + CheckpointStore.EXTENSION);
            saveInFolder(file, model, state);
            recent.addLast(file);
            while (recent.size() > target.keep()) {
                Files.deleteIfExists(recent.removeFirst());
            }
            if (metrics.testNelbo() < best) {
                best = metrics.testNelbo();
                saveInFolder(target.folder().resolve("best" + CheckpointStore.EXTENSION), model, state);
            }
        } catch (IOException e) {
            LOG.warn("autosave of epoch {} failed; training continues", metrics.epoch(), e);
        }
    }

    /**
     * The save at the end of a run: {@code last.vaex} in a folder (a failure is recorded, not thrown), or the
     * file once more when the run did not complete (its last epoch is already in it otherwise).
     */
    void runEnded(VaeModel model, TrainingState state, TrainingOutcome outcome) throws IOException {
        if (!target.isFolder()) {
            if (outcome.status() == TrainingOutcome.Status.DIVERGED) {
                saveBesideAfterDivergence(model, state);
            } else if (outcome.status() != TrainingOutcome.Status.COMPLETED) {
                saveUnlessNothingCompleted(model, state);
            }
            return;
        }
        try {
            saveInFolder(target.folder().resolve("last" + CheckpointStore.EXTENSION), model, state);
        } catch (IOException e) {
            LOG.warn("saving last{} failed", CheckpointStore.EXTENSION, e);
        }
    }

    /**
     * A run stopped before any of its epochs ended has nothing to add to a file that already exists (a good model,
     * or this run's own checkpoint when it was resumed from it): the file is left as it was. Without one, the
     * weights are saved, so the batches trained are not lost.
     */
    private void saveUnlessNothingCompleted(VaeModel model, TrainingState state) throws IOException {
        if (state.epochsDone() == epochsAtStart && Files.exists(target.file())) {
            keptExisting = true;
            LOG.info("the run stopped before an epoch ended; {} is left as it was", target.file());
            return;
        }
        save(target.file(), model, state);
    }

    /** Whether the run ended without completing an epoch and so left an existing file untouched. */
    public boolean keptExisting() {
        return keptExisting;
    }

    /**
     * A diverged run never replaces the {@code --out} file: it holds this run's last completed epoch, or, when the
     * run diverged in its first epoch, whatever good model it held before. The rolled-back weights go beside it
     * ({@code NAME-diverged.vaex}) when the run completed at least one epoch, so nothing trained is lost.
     */
    private void saveBesideAfterDivergence(VaeModel model, TrainingState state) throws IOException {
        if (state.epochsDone() == 0) {
            LOG.info("the run diverged before its first epoch ended; {} is left as it was", target.file());
            return;
        }
        divergedCopy = divergedCopyOf(target.file());
        save(divergedCopy, model, state);
    }

    /** Where a diverged run's last good weights went, or null. */
    public Path divergedCopy() {
        return divergedCopy;
    }

    static Path divergedCopyOf(Path file) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(CheckpointStore.EXTENSION)
                ? name.substring(0, name.length() - CheckpointStore.EXTENSION.length()) : name;
        return file.resolveSibling(stem + "-diverged" + CheckpointStore.EXTENSION);
    }

    private void saveInFolder(Path file, VaeModel model, TrainingState state) throws IOException {
        try {
            save(file, model, state);
            lastFailure = null;
        } catch (IOException e) {
            lastFailure = new SaveFailed(EngineText.of("run.couldNotSave", "could not save " + file.getFileName()
                    + " in " + target.folder() + ": " + e.getMessage(), file.getFileName().toString(),
                    target.folder().toString(), String.valueOf(e.getMessage())), e);
            throw lastFailure;
        }
    }

    /** A checkpoint of the run's folder not saved, said by key for the window (the reason is the system's). */
    static final class SaveFailed extends IOException implements EngineText.Carrier {
        private static final long serialVersionUID = 1L;
        private final transient EngineText text;

        SaveFailed(EngineText text, IOException cause) {
            super(text.english(), cause);
            this.text = text;
        }

        @Override
        public EngineText text() {
            return text;
        }
    }

    private void save(Path file, VaeModel model, TrainingState state) throws IOException {
        store.save(file, Manifests.of(model.spec(), dataset, settings, state, command, parentSha256), model);
    }
}
