package org.vaeexplorer.explore;

import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread that always works on the newest request. A request that arrives while another is being
 * processed replaces any request still waiting, so the output keeps up with a dragging mouse instead of working
 * through a queue of positions the mouse has already left.
 *
 * @param <Q> request
 * @param <R> result, handed to the sink on the worker thread
 */
public final class LatestOnlyWorker<Q, R> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LatestOnlyWorker.class);
    private final Function<Q, R> work;
    private final Consumer<R> sink;
    private final Consumer<RuntimeException> onError;
    private final Thread thread;
    private Q pending;
    private long submitted;
    private boolean closed;

    public LatestOnlyWorker(String name, Function<Q, R> work, Consumer<R> sink, Consumer<RuntimeException> onError) {
        this.work = work;
        this.sink = sink;
        this.onError = onError;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code request}, replacing one that has not started yet. */
    public synchronized void submit(Q request) {
        if (closed) {
            return;
        }
        pending = request;
        submitted++;
        notifyAll();
    }

    /** Requests submitted so far (those replaced before they started are dropped as stale). */
    public synchronized long submitted() {
        return submitted;
    }

    private void loop() {
        try {
            while (true) {
                Q next;
                synchronized (this) {
                    while (pending == null && !closed) {
                        wait();
                    }
                    if (closed) {
                        return;
                    }
                    next = pending;
                    pending = null;
                }
                try {
                    sink.accept(work.apply(next));
                } catch (RuntimeException e) {
                    LOG.debug("a request failed; its error handler reports it", e);
                    onError.accept(e);
                }
            }
        } catch (InterruptedException e) {
            LOG.debug("worker interrupted; it stops", e);
            Thread.currentThread().interrupt();
        }
    }

    /** Stops after the request in progress; waiting requests are dropped. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            pending = null;
            notifyAll();
        }
    }
}
