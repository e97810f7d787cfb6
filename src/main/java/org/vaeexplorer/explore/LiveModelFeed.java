package org.vaeexplorer.explore;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.BatchEvent;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * Lets the explorer follow a model while it trains. On the training thread, between batches, it copies the weights
 * into a {@link LatentExplorer} (at most every {@code refreshMillis}, and skipped when a decode is in progress), so
 * the training graph is never read by another thread and training never waits for the explorer. Nothing is
 * copied until someone asks to {@link #follow()}: a run nobody explores pays nothing. While the run waits (paused,
 * stepped, or in the delay between batches) the copy is brought up to the latest batch at once, so following a paused
 * run shows the weights it holds, and {@link #copiedAt()} says which epoch and batch those are.
 */
public final class LiveModelFeed implements TrainingListener {
    private final long refreshNanos;
    private final AtomicLong weightsVersion = new AtomicLong();
    private final AtomicInteger epochsDone = new AtomicInteger();
    private volatile LatentExplorer explorer;
    private volatile boolean wanted;
    private volatile Position copiedAt;
    /** Where the training weights are now; only the training thread reads and writes it. */
    private Position trained = new Position(1, 0, 0);
    private long lastRefresh;

    /**
     * Where in the run a set of weights comes from: after {@code batch} of {@code batches} batches of epoch
     * {@code epoch} (counted from 1); batch 0 is the epoch's start, {@code batches} 0 while unknown.
     */
    public record Position(int epoch, int batch, int batches) {
    }

    public LiveModelFeed(long refreshMillis) {
        this.refreshNanos = refreshMillis * 1_000_000L;
    }

    @Override
    public void trainingStarted(VaeModel model, TrainingState state, TrainingSettings settings) {
        epochsDone.set(state.epochsDone());
        trained = new Position(state.epochsDone() + 1, 0, 0);
        createIfWanted(model);
    }

    /** Asks for a copy of the model; it is made on the training thread, between two batches. */
    public void follow() {
        wanted = true;
    }

    private void createIfWanted(VaeModel model) {
        if (wanted && explorer == null) {
            explorer = LatentExplorer.of(model);
            copied();
        }
    }

    private void copied() {
        copiedAt = trained;
        weightsVersion.incrementAndGet();
        lastRefresh = System.nanoTime();
    }

    @Override
    public void batchEnded(BatchEvent event) {
        trained = new Position(event.epoch(), event.batch(), event.batchesPerEpoch());
    }

    @Override
    public void afterBatch(VaeModel model) {
        createIfWanted(model);
        long now = System.nanoTime();
        if (explorer != null && now - lastRefresh >= refreshNanos && explorer.tryRefreshFrom(model)) {
            copied();
        }
    }

    /** The run waits: nothing is lost by copying now, and the explorer should show what the run holds. */
    @Override
    public void whileWaiting(VaeModel model) {
        createIfWanted(model);
        if (explorer != null && !trained.equals(copiedAt) && explorer.tryRefreshFrom(model)) {
            copied();
        }
    }

    @Override
    public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
        trained = new Position(metrics.epoch(), trained.batches(), trained.batches());
        createIfWanted(model);
        if (explorer != null && explorer.tryRefreshFrom(model)) {
            copied();
        }
        // Last: the page re-encodes its plane when this changes, and should find the epoch's weights.
        epochsDone.set(metrics.epoch());
    }

    /** The explorer, once {@link #follow()} was called and a batch has ended since; null before. */
    public LatentExplorer explorer() {
        return explorer;
    }

    /** Grows each time the explorer's weights change. */
    public long weightsVersion() {
        return weightsVersion.get();
    }

    /** Which epoch and batch the explorer's weights are from; null before the first copy. */
    public Position copiedAt() {
        return copiedAt;
    }

    public int epochsDone() {
        return epochsDone.get();
    }
}
