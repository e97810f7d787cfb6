package org.vaeexplorer.data;

/**
 * Hears how an image folder's import goes, so a window can show a bar with a count and a Cancel. Called on the
 * importing thread; a cache hit reads no image and calls nothing.
 */
public interface ImportListener {
    /** Hears nothing, never cancels. */
    ImportListener NONE = (stage, done, total) -> {
    };

    /** What the importer is doing: reading the files' headers for the defaults, or decoding and converting them. */
    enum Stage { SURVEY, CONVERT }

    /** {@code done} of {@code total} files handled in {@code stage}. */
    void progress(Stage stage, int done, int total);

    /** Asked between files; true stops the import, which then throws {@link java.io.InterruptedIOException}. */
    default boolean cancelled() {
        return false;
    }
}
