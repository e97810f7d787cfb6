package org.vaeexplorer.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The application's executor for short background jobs (loading data, opening checkpoints). It exposes the
 * newest job's message and progress for the status bar and how many jobs are running.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor, AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FxBackgroundExecutor.class);
    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);

    public FxBackgroundExecutor() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Job submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure) {
        return submit(description, work, null, onSuccess, onFailure);
    }

    @Override
    public <T> Job submit(String description, BackgroundWork<T> work, BiConsumer<Double, String> onProgress,
                          Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (pool.isShutdown()) {
            // The window closed while a job was finishing (an open whose result asks for the next step): no more.
            LOG.debug("not started after the window closed: {}", description);
            return () -> { };
        }
        BackgroundTask<T> task = new BackgroundTask<>(description, work, onSuccess, onFailure);
        if (onProgress != null) {
            // Task's progress and message are set on the FX thread, coalesced: the dialog sees the newest report.
            task.progressProperty().addListener((o, was, now) -> onProgress.accept(now.doubleValue(),
                    task.getMessage()));
        }
        running.set(running.get() + 1);
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        pool.execute(task);
        return () -> task.cancel(true);
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** A {@link Task} whose outcome is routed explicitly: succeeded, failed or cancelled. */
    private final class BackgroundTask<T> extends Task<T> {
        private final BackgroundWork<T> work;
        private final Consumer<T> onSuccess;
        private final Consumer<Throwable> onFailure;

        BackgroundTask(String description, BackgroundWork<T> work, Consumer<T> onSuccess,
                       Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            updateTitle(description);
            updateMessage(I18n.text("common.job.running", description));
        }

        @Override
        protected T call() throws Exception {
            return work.run(new BackgroundWork.ProgressReporter() {
                @Override
                public void progress(double fraction, String text) {
                    updateProgress(fraction, 1.0);
                    updateMessage(text);
                }

                @Override
                public boolean isCancelled() {
                    return BackgroundTask.this.isCancelled();
                }
            });
        }

        @Override
        protected void succeeded() {
            finish(I18n.text("common.job.done", getTitle()));
            onSuccess.accept(getValue());
        }

        @Override
        protected void failed() {
            if (FailureLog.isRefusal(getException())) {
                // The job's own failure handler tells the user; one line there is enough.
                LOG.debug("background job '{}' failed", getTitle(), getException());
            } else {
                LOG.warn("background job '{}' failed", getTitle(), getException());
            }
            finish(I18n.text("common.job.failed", getTitle()));
            onFailure.accept(getException());
        }

        @Override
        protected void cancelled() {
            LOG.info("background job '{}' cancelled", getTitle());
            finish(I18n.text("common.job.cancelled", getTitle()));
        }

        private void finish(String text) {
            message.unbind();
            progress.unbind();
            message.set(text);
            progress.set(0);
            running.set(running.get() - 1);
        }
    }
}
