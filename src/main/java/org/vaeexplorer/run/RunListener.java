package org.vaeexplorer.run;

import org.vaeexplorer.run.samples.SampleGrids;
import org.vaeexplorer.training.TrainingListener;

/**
 * Follows a {@link TrainingRun}: the trainer's events, plus what the run adds. Called on the training thread, so
 * implementations must be quick and hand anything for a UI over through a buffer.
 */
public interface RunListener extends TrainingListener {
    /** The sample grids before training (or at the resumed epoch) and after every epoch; a copy the run no
     * longer touches. */
    default void framed(SampleGrids.EpochFrame frame) {
    }
}
