package org.vaeexplorer.explore;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * Lets the explorer follow a model while it trains. On the training thread, between batches, it copies the weights
 * into a {@link LatentExplorer} (at most every {@code refreshMillis}, and skipped when a decode is in progress), so
 * the training graph is never read by another thread and training never waits for the explorer. Nothing is
 * copied until someone asks to {@link #follow()}: a run nobody explores pays nothing.
 */
public final class LiveModelFeed implements TrainingListener {
    private final long refreshNanos;
    private final AtomicLong weightsVersion = new AtomicLong();
    private final AtomicInteger epochsDone = new AtomicInteger();
    private volatile LatentExplorer explorer;
    private volatile boolean wanted;
    private long lastRefresh;

    public LiveModelFeed(long refreshMillis) {
        this.refreshNanos = refreshMillis * 1_000_000L;
    }

    @Override
    public void trainingStarted(VaeModel model, TrainingState state, TrainingSettings settings) {
        epochsDone.set(state.epochsDone());
        createIfWanted(model);
    }

    /** Asks for a copy of the model; it is made on the training thread, between two batches. */
    public void follow() {
        wanted = true;
    }

    private void createIfWanted(VaeModel model) {
        if (wanted && explorer == null) {
            explorer = LatentExplorer.of(model);
            weightsVersion.incrementAndGet();
            lastRefresh = System.nanoTime();
        }
    }

    @Override
    public void afterBatch(VaeModel model) {
        createIfWanted(model);
        long now = System.nanoTime();
        if (explorer != null && now - lastRefresh >= refreshNanos && explorer.tryRefreshFrom(model)) {
            lastRefresh = now;
            weightsVersion.incrementAndGet();
        }
    }

    @Override
    public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
        createIfWanted(model);
        if (explorer != null && explorer.tryRefreshFrom(model)) {
            weightsVersion.incrementAndGet();
        }
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

    public int epochsDone() {
        return epochsDone.get();
    }
}
