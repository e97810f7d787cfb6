package org.vaeexplorer.ui.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaeexplorer.training.BatchEvent;
import org.vaeexplorer.training.EpochMetrics;

/**
 * The Train page's chart series, each a bounded {@link ChartBuffer}. Per-batch terms are smoothed with an
 * exponential moving average (weight 0.9 on the past) so a class sees the trend, not the batch noise; x is the
 * fractional epoch. A run on a dataset with known factors also has one series per disentanglement metric, a point per
 * epoch.
 */
public final class RunCharts {
    static final int CAPACITY = 600;
    private static final double SMOOTHING = 0.9;
    private final ChartBuffer trainNelbo = new ChartBuffer(CAPACITY);
    private final ChartBuffer trainRecon = new ChartBuffer(CAPACITY);
    private final ChartBuffer trainKl = new ChartBuffer(CAPACITY);
    private final ChartBuffer testNelbo = new ChartBuffer(CAPACITY);
    private final ChartBuffer capacityTarget = new ChartBuffer(CAPACITY);
    private final ChartBuffer temperature = new ChartBuffer(CAPACITY);
    private final Map<String, ChartBuffer> scores = new LinkedHashMap<>();
    /** A kind's own terms per batch (CVAE-GAN's players), smoothed as the losses are. */
    private final Map<String, ChartBuffer> own = new LinkedHashMap<>();
    private final Map<String, Double> smoothOwn = new LinkedHashMap<>();
    private boolean scoresExpected;
    private int plannedEpochs;
    private double smoothNelbo = Double.NaN;
    private double smoothRecon;
    private double smoothKl;

    void addBatch(BatchEvent e) {
        double x = e.epoch() - 1 + e.batch() / (double) e.batchesPerEpoch();
        plannedEpochs = e.totalEpochs();
        if (Double.isNaN(smoothNelbo)) {
            smoothNelbo = e.terms().nelbo();
            smoothRecon = e.terms().recon();
            smoothKl = e.terms().kl();
        } else {
            smoothNelbo = SMOOTHING * smoothNelbo + (1 - SMOOTHING) * e.terms().nelbo();
            smoothRecon = SMOOTHING * smoothRecon + (1 - SMOOTHING) * e.terms().recon();
            smoothKl = SMOOTHING * smoothKl + (1 - SMOOTHING) * e.terms().kl();
        }
        trainNelbo.add(x, smoothNelbo);
        trainRecon.add(x, smoothRecon);
        trainKl.add(x, smoothKl);
        e.terms().own().forEach((name, value) -> {
            double smooth = smoothOwn.merge(name, value, (past, now) -> SMOOTHING * past + (1 - SMOOTHING) * now);
            own.computeIfAbsent(name, n -> new ChartBuffer(CAPACITY)).add(x, smooth);
        });
        capacityTarget.add(x, e.schedules().continuousCapacity());
        temperature.add(x, e.schedules().temperature());
    }

    void addEpoch(EpochMetrics m) {
        testNelbo.add(m.epoch(), m.testNelbo());
        m.scores().forEach((name, value) -> scores.computeIfAbsent(name, n -> new ChartBuffer(CAPACITY))
                .add(m.epoch(), value));
    }

    /** Says whether the run about to start scores its epochs (so the charts can make room before the first). */
    void expectScores(boolean expected) {
        scoresExpected = expected;
    }

    /** Whether the run scores its epochs, or has scores (a resumed run's history). */
    public boolean hasScores() {
        return scoresExpected || !scores.isEmpty();
    }

    /** Each metric's series by its name (as {@code EpochMetrics.scores()} names it), in the run's order. */
    public Map<String, ChartBuffer> scores() {
        return Collections.unmodifiableMap(scores);
    }

    /** Whether the run's steps report terms of their kind's own (CVAE-GAN's discriminator, generator...). */
    public boolean hasOwnTerms() {
        return !own.isEmpty();
    }

    /** Each of the kind's own terms by its name ({@code LossTerms.own()}), smoothed, a point per batch. */
    public Map<String, ChartBuffer> ownTerms() {
        return Collections.unmodifiableMap(own);
    }

    /** The last epoch of the run these charts are for (0: no batch yet), which the charts' epoch axes reach. */
    public int plannedEpochs() {
        return plannedEpochs;
    }

    void clear() {
        plannedEpochs = 0;
        scores.clear();
        own.clear();
        smoothOwn.clear();
        scoresExpected = false;
        for (ChartBuffer b : List.of(trainNelbo, trainRecon, trainKl, testNelbo, capacityTarget, temperature)) {
            b.clear();
        }
        smoothNelbo = Double.NaN;
    }

    public ChartBuffer trainNelbo() {
        return trainNelbo;
    }

    public ChartBuffer trainRecon() {
        return trainRecon;
    }

    public ChartBuffer trainKl() {
        return trainKl;
    }

    public ChartBuffer testNelbo() {
        return testNelbo;
    }

    public ChartBuffer capacityTarget() {
        return capacityTarget;
    }

    public ChartBuffer temperature() {
        return temperature;
    }
}
