package org.vaeexplorer.training;

/**
 * Cooperative control of a run from another thread: pause, resume, single steps, cancel and a delay between
 * batches. The trainer checks it between batches, so every command takes effect within one batch.
 */
public final class RunControl {
    private boolean paused;
    private int stepsAllowed;
    private volatile boolean cancelled;
    private volatile long delayMillis;

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

    public synchronized boolean isPaused() {
        return paused;
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
        while (true) {
            synchronized (this) {
                long delayLeft = (delayEnds - System.nanoTime()) / 1_000_000L;
                boolean delaying = delayLeft > 0 && !cancelled;
                boolean held = paused && stepsAllowed == 0 && !cancelled;
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
    }

    /** How often a waiting run offers its weights (see {@link #awaitNextBatch}). */
    static final long WAITING_TICK_MILLIS = 50;
}
