package org.vaeexplorer.ui.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.concurrent.Callable;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointManifest;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.explore.LiveModelFeed;
import org.vaeexplorer.explore.TrainingAnimation;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.checkpoint.RunAutosaver;
import org.vaeexplorer.explore.SampleGrids;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.BatchEvent;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.NativeMemoryReclaimer;
import org.vaeexplorer.training.RunControl;
import org.vaeexplorer.training.Trainer;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.training.TrainingState;
import org.vaeexplorer.ui.common.BackgroundExecutor;
import org.vaeexplorer.ui.common.Messages;
import org.vaeexplorer.ui.common.StatusModel;

/**
 * One training run on the Train page: the controls' state machine, and the live figures drained from the
 * worker's {@link LiveEventBuffer} by {@link #drain()}, which the view calls from a Timeline.
 */
public final class TrainingRunViewModel {
    private static final int KEEP_EPOCH_CHECKPOINTS = 3;

    private static final int GIF_FRAME_MILLIS = 400;
    /** How often the explorer's copy of a training model's weights is refreshed. */
    private static final long LIVE_REFRESH_MILLIS = 100;

    /** The model being trained, as the Explore page follows it. */
    public record LiveRun(LiveModelFeed feed, ModelSpec spec, LabelledSplits data, PixelScaling scaling, String title) {
    }

    private final TrainingRunner runner;
    private final BackgroundExecutor executor;
    private final DatasetCache datasets;
    private final StatusModel status;
    private final Path runsRoot;
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final LongProperty delayMillis = new SimpleLongProperty(0);
    private final DoubleProperty epochProgress = new SimpleDoubleProperty(0);
    private final DoubleProperty runProgress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<Path> runFolder = new SimpleObjectProperty<>();
    private final ObjectProperty<LiveRun> liveRun = new SimpleObjectProperty<>();
    private final ObjectProperty<SampleGrids.Grids> grids = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> klPerDim = new SimpleObjectProperty<>(new float[0]);
    private final IntegerProperty chartVersion = new SimpleIntegerProperty();
    private final RunCharts charts = new RunCharts();
    private final List<EpochMetrics> history = new ArrayList<>();
    private final EpochFrames frames = new EpochFrames();
    private RunControl control;
    private LiveEventBuffer buffer;
    private RunAutosaver autosaver;
    private int firstEpoch;

    public TrainingRunViewModel(TrainingRunner runner, BackgroundExecutor executor, DatasetCache datasets,
                                StatusModel status, Path runsRoot) {
        this.runner = runner;
        this.executor = executor;
        this.datasets = datasets;
        this.status = status;
        this.runsRoot = runsRoot;
        delayMillis.addListener((o, was, now) -> {
            if (control != null) {
                control.setDelayMillis(now.longValue());
            }
        });
    }

    /** Starts {@code request} on the worker; ignored unless idle, so a second run cannot start by accident. */
    public boolean start(RunRequest request) {
        if (state.get() != RunState.IDLE) {
            return false;
        }
        resetFigures();
        launch(request, () -> VaeModel.create(request.spec(), request.settings().seed(),
                request.settings().learningRate()), new TrainingState(), "");
        return true;
    }

    /**
     * Continues the run saved in {@code checkpoint}: up to its planned epochs if it stopped early, otherwise
     * {@code extraEpochs} more. The checkpoint and its dataset load in the background; the continued run saves
     * into a new folder, so the checkpoints it came from stay as they were.
     */
    public boolean resumeFrom(Path checkpoint, int extraEpochs) {
        if (state.get() != RunState.IDLE) {
            return false;
        }
        resetFigures();
        state.set(RunState.LOADING);
        message.set("Opening " + checkpoint.getFileName() + "…");
        executor.submit("Opening " + checkpoint.getFileName(), progress -> {
            Checkpoint c = new CheckpointStore().load(checkpoint);
            LabelledSplits data = datasets.get(c.manifest().dataset().source());
            c.manifest().requireFits(data, c.manifest().dataset().source());
            return new Resumable(c, data);
        }, r -> {
            state.set(RunState.IDLE);
            CheckpointManifest m = r.checkpoint().manifest();
            int target = m.epochsDone() < m.training().epochs() ? m.training().epochs() : m.epochsDone() + extraEpochs;
            RunRequest request = new RunRequest(m.model(), r.data(), m.dataset().source(), m.training().withEpochs(target));
            for (EpochMetrics e : m.metrics()) {
                history.add(e);
                charts.addEpoch(e);
            }
            launch(request, r.checkpoint()::model, r.checkpoint().trainingState(), "-resumed");
        }, t -> {
            state.set(RunState.IDLE);
            String text = "Could not resume from " + checkpoint.getFileName() + ": " + Messages.of(t);
            error.set(text);
            message.set(text);
            status.show(text);
        });
        return true;
    }

    private record Resumable(Checkpoint checkpoint, LabelledSplits data) {
    }

    private void launch(RunRequest request, Callable<VaeModel> modelFactory, TrainingState startState,
                        String folderSuffix) {
        control = new RunControl();
        control.setDelayMillis(delayMillis.get());
        Path folder = runsRoot.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-" + request.spec().kind().cliName() + folderSuffix);
        SampleGrids sampleGrids = new SampleGrids(request.data().test(), request.spec(), 10, request.settings().seed());
        buffer = new LiveEventBuffer(sampleGrids, request.data().test(), request.settings().scaling());
        autosaver = new RunAutosaver(folder, DatasetInfo.of(request.data(), request.datasetSource(),
                request.settings().scaling()), request.settings(), KEEP_EPOCH_CHECKPOINTS);
        runFolder.set(folder);
        firstEpoch = startState.epochsDone() + 1;
        RunControl ctl = control;
        LiveEventBuffer events = buffer;
        RunAutosaver saver = autosaver;
        LiveModelFeed feed = new LiveModelFeed(LIVE_REFRESH_MILLIS);
        liveRun.set(new LiveRun(feed, request.spec(), request.data(), request.settings().scaling(),
                request.spec().kind().displayName() + " training on " + request.data().name()));
        state.set(RunState.RUNNING);
        message.set((startState.epochsDone() > 0 ? "Resuming " : "Training ") + request.spec().kind().displayName()
                + " on " + request.data().name() + (startState.epochsDone() > 0
                ? " at epoch " + firstEpoch + " of " + request.settings().epochs() : "") + "…");
        status.show(message.get());
        // The state is set first: a runner may report the end before start() returns.
        runner.start(() -> {
            Files.createDirectories(folder);
            VaeModel model = modelFactory.call();
            TrainingListener all = TrainingListener.all(List.of(events, saver, feed,
                    new NativeMemoryReclaimer(NativeMemoryReclaimer.DEFAULT_BUDGET_BYTES)));
            return new Trainer(ctl, all).train(model, request.data(), startState, request.settings());
        }, this::finished, this::failed);
    }

    public void pause() {
        if (state.get() == RunState.RUNNING) {
            control.pause();
            state.set(RunState.PAUSED);
            status.show("Paused");
        }
    }

    public void resume() {
        if (state.get() == RunState.PAUSED) {
            control.resume();
            state.set(RunState.RUNNING);
        }
    }

    /** While paused, trains exactly one more batch. */
    public void step() {
        if (state.get() == RunState.PAUSED) {
            control.step();
        }
    }

    public void cancel() {
        if (state.get() == RunState.RUNNING || state.get() == RunState.PAUSED) {
            control.cancel();
            state.set(RunState.STOPPING);
            status.show("Stopping after the current batch…");
        }
    }

    /** Moves what the worker produced since the last call into the view's properties; FX thread only. */
    public void drain() {
        if (buffer == null) {
            return;
        }
        LiveEventBuffer.Drained d = buffer.drain();
        if (d.isEmpty()) {
            return;
        }
        for (BatchEvent e : d.batches()) {
            charts.addBatch(e);
        }
        for (EpochMetrics m : d.epochs()) {
            history.add(m);
            charts.addEpoch(m);
        }
        if (d.latestGrids() != null) {
            grids.set(d.latestGrids());
            frames.addAll(d.frames());
        }
        if (!d.batches().isEmpty()) {
            BatchEvent last = d.batches().get(d.batches().size() - 1);
            klPerDim.set(last.terms().klPerDim());
            epochProgress.set(last.batch() / (double) last.batchesPerEpoch());
            runProgress.set(last.runProgress(firstEpoch));
            if (state.get() == RunState.RUNNING) {
                status.show(progressLine(last));
            }
        }
        if (autosaver != null && autosaver.lastFailure() != null) {
            error.set("Autosave failed: " + autosaver.lastFailure().getMessage()
                    + ". Training continues; free some space and the next epoch saves again.");
        }
        chartVersion.set(chartVersion.get() + 1);
    }

    static String progressLine(BatchEvent e) {
        long remainingBatches = (long) (e.totalEpochs() - e.epoch()) * e.batchesPerEpoch()
                + (e.batchesPerEpoch() - e.batch());
        double batchSeconds = e.terms().count() / Math.max(1e-9, e.samplesPerSecond());
        long eta = Math.round(remainingBatches * batchSeconds);
        return String.format(Locale.ROOT, "Epoch %d/%d · batch %d/%d · %,.0f samples/s · ETA %d:%02d",
                e.epoch(), e.totalEpochs(), e.batch(), e.batchesPerEpoch(), e.samplesPerSecond(), eta / 60, eta % 60);
    }

    /** The message is set before the state, so whoever reacts to IDLE already sees how the run ended. */
    private void finished(TrainingOutcome outcome) {
        drain();
        String where = autosaver == null ? "" : " Saved in " + autosaver.folder() + ".";
        message.set(outcome.message() + where);
        if (outcome.status() == TrainingOutcome.Status.DIVERGED) {
            error.set(outcome.message());
        } else if (outcome.status() == TrainingOutcome.Status.COMPLETED) {
            runProgress.set(1);
        }
        status.show(outcome.message());
        state.set(RunState.IDLE);
    }

    private void failed(Throwable t) {
        drain();
        String text = "Training failed: " + Messages.of(t);
        error.set(text);
        message.set(text);
        status.show(text);
        state.set(RunState.IDLE);
    }

    private void resetFigures() {
        charts.clear();
        history.clear();
        frames.clear();
        epochProgress.set(0);
        runProgress.set(0);
        error.set("");
        grids.set(null);
        klPerDim.set(new float[0]);
    }

    /** Writes the per-epoch history as CSV. */
    public void exportHistory(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("epoch,iteration,train_nelbo,train_recon,train_kl,test_nelbo,"
                + "test_recon,test_kl,temperature,capacity,seconds,samples_per_s\n");
        for (EpochMetrics m : history) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%s,%s,%.2f,%.1f%n",
                    m.epoch(), m.iteration(), m.trainNelbo(), m.trainRecon(), m.trainKl(), m.testNelbo(),
                    m.testRecon(), m.testKl(), Double.isNaN(m.temperature()) ? "" : m.temperature(),
                    Double.isNaN(m.continuousCapacity()) ? "" : m.continuousCapacity(), m.seconds(),
                    m.samplesPerSecond()));
        }
        Files.writeString(file, csv);
    }

    /** The per-epoch sample grids as an animated GIF, written in the background. */
    public void exportAnimation(Path file) {
        if (frames.isEmpty()) {
            error.set("There are no epoch grids yet: start a run first.");
            return;
        }
        List<SampleGrids.EpochFrame> copy = frames.snapshot();
        executor.submit("Writing " + file.getFileName(), progress -> {
            TrainingAnimation.writeGif(copy, file, GIF_FRAME_MILLIS);
            return file;
        }, written -> status.show("Wrote " + copy.size() + " frames to " + written),
                t -> error.set("Could not write " + file + ": " + Messages.of(t)));
    }

    public List<SampleGrids.EpochFrame> frames() {
        return frames.snapshot();
    }

    public BooleanBinding canStart() {
        return state.isEqualTo(RunState.IDLE);
    }

    public BooleanBinding canPause() {
        return state.isEqualTo(RunState.RUNNING);
    }

    public BooleanBinding canResume() {
        return state.isEqualTo(RunState.PAUSED);
    }

    public BooleanBinding canStep() {
        return state.isEqualTo(RunState.PAUSED);
    }

    public BooleanBinding canCancel() {
        return Bindings.createBooleanBinding(() -> state.get() == RunState.RUNNING || state.get() == RunState.PAUSED,
                state);
    }

    public boolean isActive() {
        return state.get() != RunState.IDLE;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public LongProperty delayMillisProperty() {
        return delayMillis;
    }

    public DoubleProperty epochProgressProperty() {
        return epochProgress;
    }

    public DoubleProperty runProgressProperty() {
        return runProgress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The current (or last) run, for the Explore page to follow; null before the first run. */
    public ObjectProperty<LiveRun> liveRunProperty() {
        return liveRun;
    }

    public Path runsRoot() {
        return runsRoot;
    }

    public ObjectProperty<Path> runFolderProperty() {
        return runFolder;
    }

    public ObjectProperty<SampleGrids.Grids> gridsProperty() {
        return grids;
    }

    public ObjectProperty<float[]> klPerDimProperty() {
        return klPerDim;
    }

    public IntegerProperty chartVersionProperty() {
        return chartVersion;
    }

    public List<EpochMetrics> history() {
        return List.copyOf(history);
    }

    public RunCharts charts() {
        return charts;
    }
}
