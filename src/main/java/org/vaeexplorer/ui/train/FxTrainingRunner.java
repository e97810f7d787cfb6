package org.vaeexplorer.ui.train;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.vaeexplorer.training.TrainingOutcome;

/**
 * The training worker: one thread (leaving the other core to the UI), work wrapped in a {@link Task} whose
 * outcome is routed explicitly. Cancelling is cooperative through the run's {@code RunControl}, so the task
 * itself always ends as succeeded (with a CANCELLED outcome) or failed.
 */
public final class FxTrainingRunner implements TrainingRunner, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "training-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Callable<TrainingOutcome> work, Consumer<TrainingOutcome> done, Consumer<Throwable> failed) {
        worker.execute(new TrainingTask(work, done, failed));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static final class TrainingTask extends Task<TrainingOutcome> {
        private final Callable<TrainingOutcome> work;
        private final Consumer<TrainingOutcome> done;
        private final Consumer<Throwable> failed;

        TrainingTask(Callable<TrainingOutcome> work, Consumer<TrainingOutcome> done, Consumer<Throwable> failed) {
            this.work = work;
            this.done = done;
            this.failed = failed;
        }

        @Override
        protected TrainingOutcome call() throws Exception {
            org.vaeexplorer.platform.NativeInit.await();
            return work.call();
        }

        @Override
        protected void succeeded() {
            done.accept(getValue());
        }

        @Override
        protected void failed() {
            failed.accept(getException());
        }

        @Override
        protected void cancelled() {
            failed.accept(new InterruptedException("the training worker was stopped"));
        }
    }
}
