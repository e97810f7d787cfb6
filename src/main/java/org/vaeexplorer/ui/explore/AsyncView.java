package org.vaeexplorer.ui.explore;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.explore.LatestOnlyWorker;
import org.vaeexplorer.ui.common.Messages;

/**
 * One picture of the Explore page computed off the FX thread: requests go to a {@link LatestOnlyWorker} (stale ones
 * are dropped) and results come back through {@code fx} at most one hand-off at a time, so a burst of results
 * costs the FX thread one update, not one per result.
 *
 * @param <T> what is computed, e.g. an image
 */
final class AsyncView<T> implements AutoCloseable {
    private final ReadOnlyObjectWrapper<T> result = new ReadOnlyObjectWrapper<>();
    private final AtomicReference<T> ready = new AtomicReference<>();
    private final LatestOnlyWorker<Supplier<Stamped<T>>, Stamped<T>> worker;
    private final Executor fx;
    /** Advanced by {@link #show}: a result requested before it is stale. */
    private final AtomicLong generation = new AtomicLong();

    private record Stamped<T>(long generation, T value) {
    }

    AsyncView(String name, Executor fx, Consumer<String> onError) {
        this.fx = fx;
        worker = new LatestOnlyWorker<>(name, Supplier::get, this::publish,
                e -> fx.execute(() -> onError.accept(Messages.of(e))));
    }

    /** Computes {@code work} on the worker, replacing a request that has not started. */
    void request(Supplier<T> work) {
        long asked = generation.get();
        worker.submit(() -> new Stamped<>(asked, work.get()));
    }

    /** Shows {@code value}, computed elsewhere, at once (on the FX thread); what was requested before is dropped. */
    void show(T value) {
        generation.incrementAndGet();
        ready.set(null);
        result.set(value);
    }

    private void publish(Stamped<T> done) {
        // A request that computed nothing (it gave way to a newer one) is never shown: it must not take the place
        // of a result still waiting for the FX thread.
        if (done.value() == null) {
            return;
        }
        if (done.generation() == generation.get() && ready.getAndSet(done.value()) == null) {
            fx.execute(() -> {
                T value = ready.getAndSet(null);
                if (value != null) {
                    result.set(value);
                }
            });
        }
    }

    ReadOnlyObjectProperty<T> resultProperty() {
        return result.getReadOnlyProperty();
    }

    void clear() {
        result.set(null);
    }

    long submitted() {
        return worker.submitted();
    }

    @Override
    public void close() {
        worker.close();
    }
}
