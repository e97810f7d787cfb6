package org.vaeexplorer.data;

import java.io.IOException;

/** A file that is not a usable IDX file; the message names the file and the problem in words a user can act on. */
public class IdxFormatException extends IOException {
    public IdxFormatException(String message) {
        super(message);
    }
}
