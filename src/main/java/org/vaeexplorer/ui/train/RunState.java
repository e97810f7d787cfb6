package org.vaeexplorer.ui.train;

/** Where the Train page's run is; decides which controls are enabled. */
public enum RunState {
    IDLE,
    /** Reading a checkpoint (and its dataset) to resume from; nothing trains yet. */
    LOADING,
    RUNNING, PAUSED, STOPPING
}
