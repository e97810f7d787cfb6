package org.vaeexplorer.ui;

import java.util.function.Consumer;

/** Runs background work inline, so view models can be tested without a toolkit. */
public final class InlineExecutor implements BackgroundExecutor {
    @Override
    public <T> Job submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(new BackgroundWork.ProgressReporter() {
                @Override
                public void progress(double fraction, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
