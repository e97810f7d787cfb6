package org.vaeexplorer.model;

import java.io.IOException;

/**
 * Saved weights that cannot be this model: damaged, made for another architecture, or holding values no training
 * produces. The message is a phrase to follow a file's name ("its weights ..."), without exception names.
 */
public class InvalidGraphException extends IOException {
    public InvalidGraphException(String message) {
        super(message);
    }

    public InvalidGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
