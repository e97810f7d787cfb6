package org.vaeexplorer.ui.common;

/** Work to run off the FX thread; it reports progress and should stop early once cancelled. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(ProgressReporter progress) throws Exception;

    /** What a running piece of work may tell the UI. Safe to call from any thread. */
    interface ProgressReporter {
        void progress(double fraction, String message);

        boolean isCancelled();
    }
}
