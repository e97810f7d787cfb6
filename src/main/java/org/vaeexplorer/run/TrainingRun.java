package org.vaeexplorer.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.explore.LiveModelFeed;
import org.vaeexplorer.model.ModelSize;
import org.vaeexplorer.model.SpecException;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.run.samples.SampleGridPublisher;
import org.vaeexplorer.run.samples.SampleGrids;
import org.vaeexplorer.training.EpochScorer;
import org.vaeexplorer.training.NativeMemoryReclaimer;
import org.vaeexplorer.training.RunControl;
import org.vaeexplorer.training.Trainer;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.training.TrainingState;

/**
 * One training run, headless: what the command line's {@code train} and {@code bench} and the Train page all
 * call. Configure it with {@link #builder}, then {@link #run()} it on the thread that should train; another thread
 * steers it through {@link #control()}. After a failed run the model is dropped and native memory reclaimed, and
 * a run folder left empty is removed, so a failure leaves neither gigabytes nor litter behind.
 */
public final class TrainingRun implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    private final RunSource source;
    private final LabelledSplits data;
    private final RunControl control;
    private final RunCheckpoints checkpoints;
    private final NativeMemoryReclaimer memory;
    private final LiveModelFeed feed;
    private final SampleGrids grids;
    private final List<TrainingListener> listeners;
    private final EpochScorer scorer;
    private VaeModel model;

    private TrainingRun(Builder b) {
        source = b.source;
        data = b.data;
        control = b.control;
        checkpoints = b.target == null ? null : new RunCheckpoints(b.target,
                DatasetInfo.of(b.data, b.datasetSource, source.settings().scaling()), source.settings(), b.command,
                source.parentSha256());
        memory = new NativeMemoryReclaimer(b.memoryBudgetBytes);
        feed = b.liveRefreshMillis < 0 ? null : new LiveModelFeed(b.liveRefreshMillis);
        grids = b.sampleCount <= 0 ? null
                : new SampleGrids(data.test(), source.spec(), b.sampleCount, source.settings().seed());
        listeners = List.copyOf(b.listeners);
        scorer = !b.scoreFactors ? EpochScorer.NONE : FactorScoring.perEpoch(b.datasetSource, source.spec(),
                source.settings().scaling()).<EpochScorer>map(s -> s).orElse(EpochScorer.NONE);
    }

    public static Builder builder(RunSource source, LabelledSplits data, String datasetSource) {
        return new Builder(source, data, datasetSource);
    }

    /**
     * Builds (or loads) the model and trains it on this thread until the planned epochs are done, the run is
     * cancelled, or the loss stops being finite.
     *
     * @throws IllegalArgumentException before anything is built or written, when the model is too large to train
     *                                  or its images have other channels than the data's (a {@code SpecException},
     *                                  said by key in a window)
     * @throws IOException              when a checkpoint file (not a run folder's autosave) cannot be written
     */
    public TrainingOutcome run() throws IOException, InterruptedException {
        ModelSize.of(source.spec(), source.settings().batchSize()).refusal().ifPresent(refusal -> {
            throw refusal;
        });
        if (source.spec().channels() != data.channels()) {
            // Said plainly, not as a matrix-shape failure from ND4J.
            throw SpecException.of("run.channelsDoNotFit", "the model takes images of " + source.spec().channels()
                    + " channels, but '" + data.name() + "' has images of " + data.channels(),
                    String.valueOf(source.spec().channels()), data.name(), String.valueOf(data.channels()));
        }
        Path folder = checkpoints != null && checkpoints.target().isFolder() ? checkpoints.target().folder() : null;
        boolean ended = false;
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
            model = source.model();
            TrainingState state = source.state();
            TrainingOutcome outcome = new Trainer(control, TrainingListener.all(allListeners()), scorer)
                    .train(model, data, state, source.settings());
            if (checkpoints != null) {
                checkpoints.runEnded(model, state, outcome);
            }
            ended = true;
            return outcome;
        } finally {
            if (!ended) {
                releaseAfterFailure(folder);
            }
        }
    }

    private List<TrainingListener> allListeners() {
        List<TrainingListener> all = new ArrayList<>(listeners);
        if (grids != null) {
            all.add(new SampleGridPublisher(grids, data.test(), source.settings().scaling(), frame -> {
                for (TrainingListener l : listeners) {
                    if (l instanceof RunListener r) {
                        r.framed(frame);
                    }
                }
            }));
        }
        if (checkpoints != null) {
            all.add(checkpoints);
        }
        if (feed != null) {
            all.add(feed);
        }
        all.add(memory);
        return all;
    }

    /** Drops the model and collects, so its native buffers go back; removes the run folder if nothing was saved. */
    private void releaseAfterFailure(Path folder) {
        model = null;
        memory.reclaimNow();
        if (folder == null) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
                LOG.info("removed the empty run folder {} of a failed run", folder);
            }
        } catch (IOException e) {
            LOG.warn("could not remove the empty run folder {} of a failed run", folder, e);
        }
    }

    /** Whether each epoch's metrics carry the disentanglement scores ({@link FactorScoring}). */
    public boolean scoresFactors() {
        return scorer != EpochScorer.NONE;
    }

    public RunControl control() {
        return control;
    }

    public RunSource source() {
        return source;
    }

    /** The run's checkpoint writer, or null when it saves nothing (bench). */
    public RunCheckpoints checkpoints() {
        return checkpoints;
    }

    /** The memory bound, for a test or a report. */
    public NativeMemoryReclaimer memory() {
        return memory;
    }

    /** Whether the run still holds its model (after a failure or {@link #close()} it does not). */
    public boolean holdsModel() {
        return model != null;
    }

    /** The run as the explorer follows it, or null when the run was built without a live feed. */
    public LiveRun liveRun(String title) {
        return feed == null ? null : new LiveRun(feed, source.spec(), data, source.settings().scaling(), title);
    }

    /** Lets go of the model; the explorer's own copy (if it follows) stays. */
    @Override
    public void close() {
        model = null;
    }

    /** How a run is set up; every part is optional but the source and data. */
    public static final class Builder {
        private final RunSource source;
        private final LabelledSplits data;
        private final String datasetSource;
        private final List<TrainingListener> listeners = new ArrayList<>();
        private RunControl control = new RunControl();
        private RunCheckpoints.Target target;
        private String command = "VAE Explorer";
        private long memoryBudgetBytes = NativeMemoryReclaimer.DEFAULT_BUDGET_BYTES;
        private long liveRefreshMillis = -1;
        private int sampleCount;
        private boolean scoreFactors;

        private Builder(RunSource source, LabelledSplits data, String datasetSource) {
            this.source = source;
            this.data = data;
            this.datasetSource = datasetSource;
        }

        /** Where checkpoints go, and the command recorded in them. */
        public Builder saveTo(RunCheckpoints.Target where, String commandLine) {
            target = where;
            command = commandLine;
            return this;
        }

        public Builder control(RunControl c) {
            control = c;
            return this;
        }

        /** Resident memory above which native buffers are reclaimed between batches. */
        public Builder memoryBudget(long bytes) {
            memoryBudgetBytes = bytes;
            return this;
        }

        /** Renders {@code count} sample images per grid for {@link RunListener#framed}. */
        public Builder sampleGrids(int count) {
            sampleCount = count;
            return this;
        }

        /** Lets the explorer follow the run, refreshing its copy at most every {@code refreshMillis}. */
        public Builder liveFeed(long refreshMillis) {
            liveRefreshMillis = refreshMillis;
            return this;
        }

        /**
         * Scores the model against the dataset's known factors after every epoch and records the scores with the
         * epoch's metrics ({@link FactorScoring}, at its stated cost); does nothing for a dataset without factors.
         */
        public Builder scoreFactorsEachEpoch(boolean score) {
            scoreFactors = score;
            return this;
        }

        /** Called before the run's own listeners (grids, checkpoints, live feed, memory bound). */
        public Builder listener(TrainingListener l) {
            listeners.add(l);
            return this;
        }

        public TrainingRun build() {
            return new TrainingRun(this);
        }
    }
}
