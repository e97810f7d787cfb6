package org.vaeexplorer.ui.train;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.run.LiveRun;
import org.vaeexplorer.run.ResumePlan;
import org.vaeexplorer.run.RunCheckpoints;
import org.vaeexplorer.run.RunSource;
import org.vaeexplorer.run.TrainingRun;
import org.vaeexplorer.run.samples.SampleGrids;
import org.vaeexplorer.training.BatchEvent;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.ui.common.BackgroundExecutor;
import org.vaeexplorer.ui.common.FailureLog;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.LocalText;
import org.vaeexplorer.ui.common.Messages;
import org.vaeexplorer.ui.common.StatusModel;

/**
 * One training run on the Train page: the controls' state machine, and the live figures drained from the
 * worker's {@link LiveEventBuffer} by {@link #drain()}, which the view calls from a Timeline. The run itself is a
 * headless {@link TrainingRun}, the same service the command line uses.
 */
public final class TrainingRunViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRunViewModel.class);
    private static final int KEEP_EPOCH_CHECKPOINTS = 3;
    private static final int SAMPLE_COUNT = 10;
    /** How often the explorer's copy of a training model's weights is refreshed. */
    private static final long LIVE_REFRESH_MILLIS = 100;

    private final TrainingRunner runner;
    private final BackgroundExecutor executor;
    private final DatasetCache datasets;
    private final StatusModel status;
    private final Path runsRoot;
    private final RunStateMachine machine = new RunStateMachine();
    private final RunTexts texts = new RunTexts();
    private final ObjectProperty<Path> runFolder = new SimpleObjectProperty<>();
    private final ObjectProperty<LiveRun> liveRun = new SimpleObjectProperty<>();
    private final LiveFigures figures = new LiveFigures();
    private final RunExports exports;
    private LiveEventBuffer buffer;
    private RunCheckpoints checkpoints;
    private int firstEpoch;

    public TrainingRunViewModel(TrainingRunner runner, BackgroundExecutor executor, DatasetCache datasets,
                                StatusModel status, Path runsRoot) {
        this.runner = runner;
        this.executor = executor;
        this.datasets = datasets;
        this.status = status;
        this.runsRoot = runsRoot;
        this.exports = new RunExports(executor, status, this::showError);
    }

    /** Starts {@code request} on the worker; ignored unless idle, so a second run cannot start by accident. */
    public boolean start(RunRequest request) {
        if (!machine.is(RunState.IDLE)) {
            return false;
        }
        figures.reset();
        showError(LocalText.EMPTY);
        launch(RunSource.fresh(request.spec(), request.settings()), request.data(), request.datasetSource(), "");
        return true;
    }

    /**
     * Continues the run saved in {@code checkpoint}: up to its planned epochs if it stopped early, otherwise
     * {@code extraEpochs} more. The checkpoint and its dataset load in the background; the continued run saves
     * into a new folder, so the checkpoints it came from stay as they were.
     */
    public boolean resumeFrom(Path checkpoint, int extraEpochs) {
        if (!machine.is(RunState.IDLE)) {
            return false;
        }
        figures.reset();
        showError(LocalText.EMPTY);
        machine.state.set(RunState.LOADING);
        texts.say(LocalText.of("train.run.opening", checkpoint.getFileName()));
        executor.submit(I18n.text("train.run.opening", checkpoint.getFileName()),
                progress -> ResumePlan.load(checkpoint, datasets, extraEpochs), r -> {
            machine.state.set(RunState.IDLE);
            r.source().history().forEach(figures::addEpoch);
            launch(r.source(), r.data(), r.datasetSource(), "-resumed");
        }, t -> {
            machine.state.set(RunState.IDLE);
            FailureLog.warn(LOG, "could not resume from " + checkpoint, t);
            report(LocalText.of("train.run.couldNotResume", checkpoint.getFileName(), Messages.text(t)));
        });
        return true;
    }

    private void launch(RunSource source, LabelledSplits data, String datasetSource, String folderSuffix) {
        RunCheckpoints.Target target = RunCheckpoints.Target.newFolder(runsRoot,
                source.spec().kind().cliName() + folderSuffix, KEEP_EPOCH_CHECKPOINTS);
        buffer = new LiveEventBuffer();
        TrainingRun run = TrainingRun.builder(source, data, datasetSource)
                .control(machine.newControl())
                .saveTo(target, org.vaeexplorer.checkpoint.Provenance.TRAIN_PAGE)
                .sampleGrids(SAMPLE_COUNT).liveFeed(LIVE_REFRESH_MILLIS).scoreFactorsEachEpoch(true)
                .listener(buffer)
                .build();
        checkpoints = run.checkpoints();
        figures.charts.expectScores(run.scoresFactors());
        runFolder.set(target.folder());
        int done = source.state().epochsDone();
        firstEpoch = done + 1;
        LocalText kindName = LocalText.of("kind." + source.spec().kind().name());
        liveRun.set(run.liveRun(I18n.text("train.run.liveTitle", kindName.resolve(), data.name())));
        machine.state.set(RunState.RUNNING);
        texts.say(done > 0 ? LocalText.of("train.run.resuming", kindName, data.name(), Integer.toString(firstEpoch),
                Integer.toString(source.settings().epochs())) : LocalText.of("train.run.training", kindName, data.name()));
        status.show(texts.message.get());
        // The state is set first: a runner may report the end before start() returns.
        runner.start(() -> {
            try (run) {
                return run.run();
            }
        }, this::finished, this::failed);
    }

    public void pause() {
        if (machine.pause()) {
            status.show(I18n.text("train.run.paused"));
        }
    }

    public void resume() {
        machine.resume();
    }

    /** While paused, trains exactly one more batch, and says so (issue 15.12). */
    public void step() {
        if (machine.step()) {
            status.show(I18n.text("train.run.stepped"));
        }
    }

    public void cancel() {
        if (machine.cancel()) {
            status.show(I18n.text("train.run.stopping"));
        }
    }

    /** Moves what the worker produced since the last call into the view's properties; FX thread only. */
    public void drain() {
        LiveEventBuffer.Drained d = buffer == null ? null : buffer.drain();
        if (d == null || d.isEmpty()) {
            return;
        }
        BatchEvent last = figures.apply(d, firstEpoch);
        if (last != null && machine.is(RunState.RUNNING)) {
            status.show(LiveFigures.progressLine(last));
        }
        if (checkpoints != null && checkpoints.lastFailure() != null) {
            showError(LocalText.of("train.run.autosaveFailed", Messages.text(checkpoints.lastFailure())));
        }
    }

    /** The message is set before the state, so whoever reacts to IDLE already sees how the run ended. */
    private void finished(TrainingOutcome outcome) {
        drain();
        LocalText outcomeLine = LiveFigures.outcomeLine(outcome);
        texts.say(checkpoints == null ? outcomeLine
                : outcomeLine.then(LocalText.of("train.run.savedIn", checkpoints.target().folder())));
        if (outcome.status() == TrainingOutcome.Status.DIVERGED) {
            showError(LiveFigures.divergedText(outcome));
        } else if (outcome.status() == TrainingOutcome.Status.COMPLETED) {
            figures.runProgress.set(1);
        }
        status.show(outcomeLine.resolve());
        machine.state.set(RunState.IDLE);
    }

    private void failed(Throwable t) {
        drain();
        FailureLog.warn(LOG, "training failed", t);
        report(LocalText.of("train.run.failed", Messages.text(t)));
        machine.state.set(RunState.IDLE);
    }

    private void report(LocalText problem) {
        texts.report(problem);
        status.show(problem.resolve());
    }

    /** Shows {@code text} on the run's error line (empty: none), in a form a language switch can say again. */
    public void showError(LocalText text) {
        texts.showError(text);
    }

    /** Says the run's message and error again in the UI's language, after a switch. */
    public void retranslate() {
        texts.retranslate();
    }

    RunExports exports() {
        return exports;
    }

    public List<SampleGrids.EpochFrame> frames() {
        return figures.frames.snapshot();
    }

    public BooleanBinding canStart() {
        return machine.canStart();
    }

    public BooleanBinding canPause() {
        return machine.canPause();
    }

    public BooleanBinding canResume() {
        return machine.whilePaused();
    }

    public BooleanBinding canStep() {
        return machine.whilePaused();
    }

    public BooleanBinding canCancel() {
        return machine.canCancel();
    }

    public boolean isActive() {
        return !machine.is(RunState.IDLE);
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return machine.state.getReadOnlyProperty();
    }

    public LongProperty delayMillisProperty() {
        return machine.delayMillis;
    }

    public DoubleProperty epochProgressProperty() {
        return figures.epochProgress;
    }

    public DoubleProperty runProgressProperty() {
        return figures.runProgress;
    }

    public StringProperty messageProperty() {
        return texts.message;
    }

    public StringProperty errorProperty() {
        return texts.error;
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
        return figures.grids;
    }

    public ObjectProperty<float[]> klPerDimProperty() {
        return figures.klPerDim;
    }

    public IntegerProperty chartVersionProperty() {
        return figures.chartVersion;
    }

    public List<EpochMetrics> history() {
        return figures.history();
    }

    public RunCharts charts() {
        return figures.charts;
    }
}
