package org.vaeexplorer.ui.common;

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

    /** A submitted piece of work. */
    interface Job {
        void cancel();
    }
}
