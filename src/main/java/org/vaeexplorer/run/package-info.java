/**
 * One training run, headless, for the command line and the Train page alike: it builds the model from a spec
 * or resumes it from a checkpoint ({@link org.vaeexplorer.run.RunSource}), trains it under a
 * {@link org.vaeexplorer.training.RunControl} within the memory bound, saves checkpoints through one writer
 * ({@link org.vaeexplorer.run.RunCheckpoints}), renders the per-epoch sample grids and feeds the explorer
 * ({@link org.vaeexplorer.run.LiveRun}). It sits above {@code training}, {@code checkpoint} and {@code explore}.
 */
package org.vaeexplorer.run;
