package org.vaeexplorer.ui.train;

/** Where the Train page's run is; decides which controls are enabled. */
public enum RunState {
    IDLE, RUNNING, PAUSED, STOPPING
}
