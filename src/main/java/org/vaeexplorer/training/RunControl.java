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
     * Blocks while paused (unless a step was granted); returns false once cancelled.
     *
     * @throws InterruptedException if the training thread is interrupted while waiting
     */
    synchronized boolean awaitNextBatch() throws InterruptedException {
        long delay = delayMillis;
        if (delay > 0 && !cancelled) {
            wait(delay);
        }
        while (paused && stepsAllowed == 0 && !cancelled) {
            wait();
        }
        if (paused && stepsAllowed > 0) {
            stepsAllowed--;
        }
        return !cancelled;
    }
}
