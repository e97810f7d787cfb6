package org.vaeexplorer.training;

import java.util.function.LongSupplier;

/**
 * Cooperative control of a run from another thread: pause, resume, single steps, cancel and a delay between
 * batches. The trainer checks it between batches, so every command takes effect within one batch.
 */
public final class RunControl {
    private final LongSupplier nanoClock;
    private boolean paused;
    /** Time spent held by a pause, so that speeds count only the time the run ran (issue 27.12). */
    private long pausedNanos;
    private int stepsAllowed;
    private volatile boolean cancelled;
    private volatile long delayMillis;

    public RunControl() {
        this(System::nanoTime);
    }

    /** @param nanoClock a monotonic clock in nanoseconds for timing pauses (tests pass a fake one) */
    public RunControl(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** The clock's time now, in nanoseconds; the trainer times epochs with it. */
    long now() {
        return nanoClock.getAsLong();
    }

    /** How long the run has been held by pauses so far (pauses that ended), in nanoseconds. */
    synchronized long pausedNanos() {
        return pausedNanos;
    }

    public synchronized void pause() {
        paused = true;
        notifyAll();
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** While paused, lets exactly one more batch run. */
    public synchronized void step() {
        stepsAllowed++;
        notifyAll();
    }

    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** A pause after each batch so a class can watch the model learn; 0 for full speed. */
    public void setDelayMillis(long millis) {
        delayMillis = Math.max(0, millis);
    }

    /**
     * Blocks while paused (unless a step was granted) and for the delay between batches; returns false once
     * cancelled. While it waits, {@code whileWaiting} runs on this (the training) thread every
     * {@link #WAITING_TICK_MILLIS} at most, outside the lock, so a paused run can still hand out its weights
     * (the explorer following a paused or stepped run) without another thread touching the model.
     *
     * @throws InterruptedException if the training thread is interrupted while waiting
     */
    boolean awaitNextBatch(Runnable whileWaiting) throws InterruptedException {
        long delayEnds = System.nanoTime() + delayMillis * 1_000_000L;
        long heldSince = -1;
        try {
            while (true) {
                synchronized (this) {
                    long delayLeft = (delayEnds - System.nanoTime()) / 1_000_000L;
                    boolean delaying = delayLeft > 0 && !cancelled;
                    boolean held = paused && stepsAllowed == 0 && !cancelled;
                    if (held && heldSince < 0) {
                        heldSince = nanoClock.getAsLong();
                    } else if (!held && heldSince >= 0) {
                        pausedNanos += nanoClock.getAsLong() - heldSince;
                        heldSince = -1;
                    }
                    if (!delaying && !held) {
                        if (paused && stepsAllowed > 0) {
                            stepsAllowed--;
                        }
                        return !cancelled;
                    }
                    wait(delaying ? Math.min(delayLeft, WAITING_TICK_MILLIS) : WAITING_TICK_MILLIS);
                }
                whileWaiting.run();
            }
        } finally {
            if (heldSince >= 0) {
                synchronized (this) {
                    pausedNanos += nanoClock.getAsLong() - heldSince;
                }
            }
        }
    }

    /** How often a waiting run offers its weights (see {@link #awaitNextBatch}). */
    static final long WAITING_TICK_MILLIS = 50;
}
