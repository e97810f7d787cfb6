package org.vaeexplorer.ui.train;

import java.util.function.Consumer;
import org.vaeexplorer.ui.BackgroundExecutor;
import org.vaeexplorer.ui.BackgroundWork;

/** Runs background work inline, so view models can be tested without a toolkit. */
final class DirectExecutor implements BackgroundExecutor {
    int submitted;

    @Override
    public <T> Job submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure) {
        submitted++;
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
