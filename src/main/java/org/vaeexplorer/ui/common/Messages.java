package org.vaeexplorer.ui.common;

/** Text for the user about a failure. */
public final class Messages {
    private Messages() {
    }

    /** The exception's message, or its class and message when it has none (a bare NullPointerException, say). */
    public static String of(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
