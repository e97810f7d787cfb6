package org.vaeexplorer.ui.train;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.run.samples.SampleGrids;
import org.vaeexplorer.run.samples.TrainingAnimation;
import org.vaeexplorer.ui.common.BackgroundExecutor;
import org.vaeexplorer.ui.common.FailureLog;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.LocalText;
import org.vaeexplorer.ui.common.Messages;
import org.vaeexplorer.ui.common.StatusModel;

/** Writes a run's training animation, or a checkpoint for exploring, in the background and reports how it went. */
final class RunExports {
    private static final Logger LOG = LoggerFactory.getLogger(RunExports.class);
    private static final int GIF_FRAME_MILLIS = 400;
    private final BackgroundExecutor executor;
    private final StatusModel status;
    private final Consumer<LocalText> error;

    RunExports(BackgroundExecutor executor, StatusModel status, Consumer<LocalText> error) {
        this.executor = executor;
        this.status = status;
        this.error = error;
    }

    /** The per-epoch sample grids as an animated GIF. */
    void animation(List<SampleGrids.EpochFrame> frames, Path file) {
        if (frames.isEmpty()) {
            error.accept(LocalText.of("train.run.noFrames"));
            return;
        }
        executor.submit(I18n.text("train.run.writing", file.getFileName()), progress -> {
            TrainingAnimation.writeGif(frames, file, GIF_FRAME_MILLIS);
            return file;
        }, written -> status.show(I18n.text("train.run.wroteFrames", Integer.toString(frames.size()), written)),
                t -> {
                    FailureLog.warn(LOG, "could not write the training animation " + file, t);
                    error.accept(LocalText.of("train.run.couldNotWrite", file, Messages.of(t)));
                });
    }

    /**
     * {@code from} again as {@code to}, without Adam's moments: about a third of the size, for sharing and
     * exploring; it cannot continue training (the CLI's {@code export}).
     */
    void forExploring(Path from, Path to) {
        executor.submit(I18n.text("train.run.writing", to.getFileName()), progress -> {
            CheckpointStore store = new CheckpointStore();
            Checkpoint c = store.load(from);
            store.save(to, c.manifest(), c.model(), false);
            return to;
        }, written -> status.show(I18n.text("train.export.checkpoint.done", written)),
                t -> {
                    FailureLog.warn(LOG, "could not export " + from + " to " + to, t);
                    error.accept(LocalText.of("train.run.couldNotWrite", to, Messages.of(t)));
                });
    }
}
