package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.vaeexplorer.run.samples.SampleGrids;
import org.vaeexplorer.training.BatchEvent;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.LocalText;

/**
 * The figures of the Train page's current run, filled from what the worker handed over: chart series, history,
 * animation frames, the newest grids and per-dimension KL, and the progress of the epoch and the run.
 */
final class LiveFigures {
    final DoubleProperty epochProgress = new SimpleDoubleProperty(0);
    final DoubleProperty runProgress = new SimpleDoubleProperty(0);
    final ObjectProperty<SampleGrids.Grids> grids = new SimpleObjectProperty<>();
    final ObjectProperty<float[]> klPerDim = new SimpleObjectProperty<>(new float[0]);
    /** Moves whenever the charts change; the view redraws on it. */
    final IntegerProperty chartVersion = new SimpleIntegerProperty();
    final RunCharts charts = new RunCharts();
    final EpochFrames frames = new EpochFrames();
    private final List<EpochMetrics> history = new ArrayList<>();

    /**
     * Takes in what was drained; returns the newest batch event, or null if none came. {@code firstEpoch} is the
     * run's first epoch, for the run's progress.
     */
    BatchEvent apply(LiveEventBuffer.Drained d, int firstEpoch) {
        for (BatchEvent e : d.batches()) {
            charts.addBatch(e);
        }
        d.epochs().forEach(this::addEpoch);
        if (d.latestGrids() != null) {
            grids.set(d.latestGrids());
            frames.addAll(d.frames());
        }
        BatchEvent last = d.batches().isEmpty() ? null : d.batches().get(d.batches().size() - 1);
        if (last != null) {
            klPerDim.set(last.terms().klPerDim());
            epochProgress.set(last.batch() / (double) last.batchesPerEpoch());
            runProgress.set(last.runProgress(firstEpoch));
        }
        chartVersion.set(chartVersion.get() + 1);
        return last;
    }

    void addEpoch(EpochMetrics m) {
        history.add(m);
        charts.addEpoch(m);
    }

    /**
     * Clears the last run's figures. The chart version moves too: the view redraws only when it changes, and a
     * run that fails before its first batch drains nothing, so without it the old curves stayed (issue 15.4).
     */
    void reset() {
        charts.clear();
        history.clear();
        frames.clear();
        epochProgress.set(0);
        runProgress.set(0);
        grids.set(null);
        klPerDim.set(new float[0]);
        chartVersion.set(chartVersion.get() + 1);
    }

    List<EpochMetrics> history() {
        return List.copyOf(history);
    }

    /**
     * How the run ended, in the UI's language. The engine's own message is English (the command line prints it);
     * a diverged run says it from its key, with its numbers and advice.
     */
    static LocalText outcomeLine(TrainingOutcome o) {
        return switch (o.status()) {
            case COMPLETED -> LocalText.of("train.run.completed", o.epochsDone());
            case CANCELLED -> LocalText.of("train.run.cancelled", Integer.toString(o.epochsDone() + 1),
                    Integer.toString(o.epochsDone()));
            case DIVERGED -> divergedText(o);
        };
    }

    /** Why a run diverged and what to try, in the UI's language where the engine gave its key. */
    static LocalText divergedText(TrainingOutcome o) {
        return o.text() != null ? LocalText.of(o.text()) : LocalText.literal(o.message());
    }

    /** The status line while training: where the run is, its speed and the time left. */
    static String progressLine(BatchEvent e) {
        long remainingBatches = (long) (e.totalEpochs() - e.epoch()) * e.batchesPerEpoch()
                + (e.batchesPerEpoch() - e.batch());
        double batchSeconds = e.terms().count() / Math.max(1e-9, e.samplesPerSecond());
        long eta = Math.round(remainingBatches * batchSeconds);
        return I18n.text("train.run.progress", Integer.toString(e.epoch()), Integer.toString(e.totalEpochs()),
                Integer.toString(e.batch()), Integer.toString(e.batchesPerEpoch()),
                I18n.integer(Math.round(e.samplesPerSecond())),
                String.format(Locale.ROOT, "%d:%02d", eta / 60, eta % 60));
    }

}
