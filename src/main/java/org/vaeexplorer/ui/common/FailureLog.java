package org.vaeexplorer.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;

/**
 * Logs a failure the window has already shown in words. A refused file or setting (an I/O problem or a bad
 * argument) is one line on the console, its trace at debug level only; anything else is a bug and keeps its trace.
 */
public final class FailureLog {
    private FailureLog() {
    }

    public static void warn(Logger log, String what, Throwable t) {
        if (isRefusal(t)) {
            log.warn("{}: {}", what, Messages.of(t));
            log.debug(what, t);
        } else {
            log.warn(what, t);
        }
    }

    /** A failure that says what was wrong with the user's file or input, rather than what is wrong with the app. */
    public static boolean isRefusal(Throwable t) {
        return t instanceof IOException || t instanceof UncheckedIOException || t instanceof IllegalArgumentException;
    }
}
