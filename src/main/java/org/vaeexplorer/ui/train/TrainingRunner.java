package org.vaeexplorer.ui.train;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.vaeexplorer.training.TrainingOutcome;

/** Runs one training at a time on a background worker and reports its end on the FX thread. */
public interface TrainingRunner {
    void start(Callable<TrainingOutcome> work, Consumer<TrainingOutcome> done, Consumer<Throwable> failed);
}
