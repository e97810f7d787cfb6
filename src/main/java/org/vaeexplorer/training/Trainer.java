package org.vaeexplorer.training;

import java.io.IOException;
import java.util.SplittableRandom;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.EngineText;
import org.vaeexplorer.model.LossTerms;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.VaeModel;

/**
 * Trains a {@link VaeModel} with mini-batch Adam, reshuffling every epoch and evaluating the test split after each.
 * Every random choice of epoch e (shuffle, noise) comes from generators seeded by (seed, e), so a run resumed
 * from a checkpoint at an epoch boundary continues exactly as the uninterrupted run would have.
 */
public final class Trainer {
    /** Test evaluation batch size: larger than training batches, it only runs forward. */
    static final int EVAL_BATCH = 250;
    private final RunControl control;
    private final TrainingListener listener;
    private final EpochScorer scorer;

    public Trainer(RunControl control, TrainingListener listener) {
        this(control, listener, EpochScorer.NONE);
    }

    /** A trainer that records {@code scorer}'s figures with every epoch's metrics. */
    public Trainer(RunControl control, TrainingListener listener, EpochScorer scorer) {
        this.control = control;
        this.listener = listener;
        this.scorer = scorer;
    }

    /**
     * Trains until {@code settings.epochs()} epochs are done in total (counting those already in {@code state}),
     * the run is cancelled, or the loss stops being finite.
     *
     * @throws InterruptedException if the thread is interrupted while paused
     * @throws IOException          if a listener fails to save a checkpoint
     */
    public TrainingOutcome train(VaeModel model, LabelledSplits data, TrainingState state, TrainingSettings settings)
            throws InterruptedException, IOException {
        ImageDataset train = limit(data.train(), settings.trainLimit());
        ImageDataset test = limit(data.test(), settings.testLimit());
        int batchesPerEpoch = (train.size() + settings.batchSize() - 1) / settings.batchSize();
        int firstEpoch = state.epochsDone() + 1;
        listener.trainingStarted(model, state, settings);
        for (int epoch = firstEpoch; epoch <= settings.epochs(); epoch++) {
            byte[] lastGood = model.snapshot();
            long iterationAtStart = state.iteration();
            int[] order = shuffled(train.size(), new SplittableRandom(mix(settings.seed(), epoch, 1)));
            NoiseSource noise = NoiseSource.seeded(mix(settings.seed(), epoch, 2));
            LossTerms.Accumulator epochTerms = new LossTerms.Accumulator();
            long started = control.now();
            long pausedBefore = control.pausedNanos();
            EpochSteps steps = new EpochSteps(train, order, batchesPerEpoch, settings, model, state);
            int e = epoch;
            model.fit(steps, noise, (step, terms) -> {
                if (!terms.isFinite()) {
                    steps.diverged = terms;
                    return;
                }
                state.advanceIteration();
                epochTerms.add(terms);
                steps.seen += step.batch().size();
                double rate = steps.seen / runningSeconds(started, pausedBefore);
                listener.batchEnded(new BatchEvent(e, settings.epochs(), steps.taken, batchesPerEpoch,
                        state.iteration(), terms, step.schedules(), rate));
                listener.afterBatch(model);
            });
            if (steps.interrupted != null) {
                throw steps.interrupted;
            }
            if (steps.cancelledAfter >= 0) {
                return finish(model, state, new TrainingOutcome(TrainingOutcome.Status.CANCELLED,
                        // What is kept of the weights is for whoever saves them to say.
                        "Cancelled during epoch " + epoch + " after " + steps.cancelledAfter + " batches ("
                                + state.epochsDone() + " epochs completed).",
                        state.epochsDone()));
            }
            if (steps.diverged != null) {
                model.restore(lastGood);
                state.rollBackTo(epoch - 1, iterationAtStart);
                return finish(model, state, TrainingOutcome.lossDiverged(steps.diverged.objective(), epoch,
                        steps.taken, DivergenceAdvice.text(model.spec(), settings), state.epochsDone()));
            }
            double seconds = runningSeconds(started, pausedBefore);
            LossTerms testTerms = evaluate(model, test, settings, testNoise(settings.seed(), epoch),
                    Schedules.at(model.spec(), state.iteration()), listener::evaluationBatchEnded);
            if (!testTerms.isFinite() || !Double.isFinite(testTerms.recon()) || !Double.isFinite(testTerms.kl())) {
                // The weights score NaN or infinity on the test images: they are no model to keep or save.
                model.restore(lastGood);
                state.rollBackTo(epoch - 1, iterationAtStart);
                return finish(model, state, TrainingOutcome.testDiverged(testTerms.nelbo(), testTerms.kl(), epoch,
                        DivergenceAdvice.text(model.spec(), settings), state.epochsDone()));
            }
            LossTerms t = epochTerms.mean();
            EngineText verdict = model.spec().kind().family().epochVerdict(t);
            if (verdict != null) {
                model.restore(lastGood);
                state.rollBackTo(epoch - 1, iterationAtStart);
                return finish(model, state, TrainingOutcome.stopped(verdict, epoch, state.epochsDone()));
            }
            Schedules now = Schedules.at(model.spec(), state.iteration());
            EpochMetrics metrics = new EpochMetrics(epoch, state.iteration(), t.objective(), t.nelbo(), t.recon(),
                    t.kl(), testTerms.nelbo(), testTerms.recon(), testTerms.kl(), testTerms.klPerDim(),
                    testTerms.klPerCategorical(), now.temperature(), now.continuousCapacity(),
                    now.discreteCapacity(), seconds, train.size() / seconds, scorer.score(model), t.own());
            state.completeEpoch(metrics);
            listener.epochEnded(model, state, metrics);
        }
        return finish(model, state, new TrainingOutcome(TrainingOutcome.Status.COMPLETED,
                "Trained " + state.epochsDone() + " epochs.", state.epochsDone()));
    }

    /**
     * Test-set means of the terms. JointVAE is evaluated at the posterior mean and the argmax category, as
     * Dupont does; the others with one posterior sample per image, as the usual single-sample ELBO estimate.
     */
    public static LossTerms evaluate(VaeModel model, ImageDataset data, TrainingSettings settings, NoiseSource noise,
                                     Schedules schedules) {
        return evaluate(model, data, settings, noise, schedules, () -> { });
    }

    /** As {@link #evaluate(VaeModel, ImageDataset, TrainingSettings, NoiseSource, Schedules)}, calling
     * {@code afterEachBatch} between batches. */
    public static LossTerms evaluate(VaeModel model, ImageDataset data, TrainingSettings settings, NoiseSource noise,
                                     Schedules schedules, Runnable afterEachBatch) {
        int[] all = new int[data.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        boolean useMeans = model.spec().hasCategorical();
        LossTerms.Accumulator acc = new LossTerms.Accumulator();
        for (int start = 0; start < data.size(); start += EVAL_BATCH) {
            Batch batch = batch(data, all, start, EVAL_BATCH, settings);
            acc.add(model.evaluate(batch, noise, schedules, useMeans));
            afterEachBatch.run();
        }
        return acc.mean();
    }

    /**
     * The draws of eps behind epoch {@code epoch}'s test figures in a run of {@code seed}. {@code eval} draws the
     * same for a checkpoint's last epoch, so that it prints the test NELBO the run recorded: the single-sample
     * estimate of a model with wide posteriors moves by tenths of a nat from one draw to the next.
     */
    public static NoiseSource testNoise(long seed, int epoch) {
        return NoiseSource.seeded(mix(seed, epoch, 3));
    }

    /** Seconds since {@code started}, less the time paused since then: a pause is not training time. */
    private double runningSeconds(long started, long pausedBefore) {
        return (control.now() - started - (control.pausedNanos() - pausedBefore)) / 1e9;
    }

    private TrainingOutcome finish(VaeModel model, TrainingState state, TrainingOutcome outcome) {
        listener.trainingEnded(model, state, outcome);
        return outcome;
    }

    private static Batch batch(ImageDataset data, int[] order, int start, TrainingSettings s) {
        return batch(data, order, start, s.batchSize(), s);
    }

    private static Batch batch(ImageDataset data, int[] order, int start, int size, TrainingSettings s) {
        int n = Math.min(size, order.length - start);
        int[] indices = new int[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = order[start + i];
            labels[i] = data.label(indices[i]);
        }
        return new Batch(data.batch(indices, s.scaling()), n, labels);
    }

    /**
     * The batches of one epoch, asked for by the model between optimiser steps. Before each batch it waits while
     * the run is paused, and it ends the epoch early on a cancel, an interrupt or a non-finite loss. SameDiff may
     * ask {@code hasNext()} more than once per batch, so the answer is kept until {@code next()}: the run control is
     * consulted exactly once per batch, as single steps need.
     */
    private final class EpochSteps implements java.util.Iterator<VaeModel.Step> {
        private final ImageDataset data;
        private final int[] order;
        private final int batches;
        private final TrainingSettings settings;
        private final org.vaeexplorer.model.ModelSpec spec;
        private final VaeModel model;
        private final TrainingState state;
        private Boolean ready;
        int taken;
        int seen;
        int cancelledAfter = -1;
        LossTerms diverged;
        InterruptedException interrupted;

        EpochSteps(ImageDataset data, int[] order, int batches, TrainingSettings settings,
                   VaeModel model, TrainingState state) {
            this.data = data;
            this.order = order;
            this.batches = batches;
            this.settings = settings;
            this.spec = model.spec();
            this.model = model;
            this.state = state;
        }

        @Override
        public boolean hasNext() {
            if (ready == null) {
                ready = decide();
            }
            return ready;
        }

        private boolean decide() {
            if (diverged != null || taken >= batches) {
                return false;
            }
            try {
                if (!control.awaitNextBatch(() -> listener.whileWaiting(model))) {
                    cancelledAfter = taken;
                    return false;
                }
            } catch (InterruptedException e) {
                interrupted = e; // rethrown on the trainer's thread once SameDiff has returned
                return false;
            }
            return true;
        }

        @Override
        public VaeModel.Step next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            ready = null;
            Batch batch = batch(data, order, taken * settings.batchSize(), settings);
            taken++;
            return new VaeModel.Step(batch, Schedules.at(spec, state.iteration()));
        }
    }

    /** Fisher-Yates shuffle of 0..n-1. */
    static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** A seed for stream {@code stream} of epoch {@code epoch} (SplitMix64 finaliser on the combination). */
    static long mix(long seed, int epoch, int stream) {
        long z = seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static ImageDataset limit(ImageDataset d, int limit) {
        return limit > 0 && limit < d.size() ? d.head(limit) : d;
    }
}
