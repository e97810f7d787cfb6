package org.vaeexplorer.ui.common;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Runs background work inline, so view models can be tested without a toolkit. */
public final class InlineExecutor implements BackgroundExecutor {
    /** A reporter for work run in a test: progress goes nowhere, and nothing is ever cancelled. */
    public static final BackgroundWork.ProgressReporter NO_PROGRESS = new BackgroundWork.ProgressReporter() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @Override
    public <T> Job submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure) {
        runNow(work, onSuccess, onFailure);
        return () -> { };
    }

    /** Runs the work now; its progress reports reach {@code onProgress} at once, and it is never cancelled. */
    @Override
    public <T> Job submit(String description, BackgroundWork<T> work, BiConsumer<Double, String> onProgress,
                          Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        BackgroundWork.ProgressReporter reporter = new BackgroundWork.ProgressReporter() {
            @Override
            public void progress(double fraction, String message) {
                onProgress.accept(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        T result;
        try {
            result = work.run(reporter);
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }

    /** Runs {@code work} and hands its result or failure to the matching callback. */
    public static <T> void runNow(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(NO_PROGRESS);
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
