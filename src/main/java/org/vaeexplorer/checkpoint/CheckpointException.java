package org.vaeexplorer.checkpoint;

import java.io.IOException;

/** A checkpoint that cannot be opened; the message says which file and what is wrong with it. */
public class CheckpointException extends IOException {
    public CheckpointException(String message) {
        super(message);
    }

    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
