package org.vaeexplorer.ui.common;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. View models depend on this interface only, so
 * their tests run the work inline without a toolkit.
 */
public interface BackgroundExecutor {
    /**
     * @param onSuccess called on the FX thread with the result
     * @param onFailure called on the FX thread with the cause; not called when the job was cancelled
     */
    <T> Job submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * As {@link #submit(String, BackgroundWork, Consumer, Consumer)}, with the work's progress also handed to
     * {@code onProgress} on the FX thread (the fraction done and the work's message; a burst of reports may arrive
     * as its newest alone): for a dialog's own bar and count, where the status bar's is not enough. An executor
     * that cannot report progress runs the work without it.
     */
    default <T> Job submit(String description, BackgroundWork<T> work, BiConsumer<Double, String> onProgress,
                           Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(description, work, onSuccess, onFailure);
    }

    /** A submitted piece of work. */
    interface Job {
        void cancel();
    }
}
