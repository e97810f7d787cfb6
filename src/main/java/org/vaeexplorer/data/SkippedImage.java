package org.vaeexplorer.data;

/**
 * A file of an image folder that was left out, for the dialog and the log.
 *
 * @param file   its path relative to the folder, with {@code /} between names
 * @param reason why, as a bundle key and English
 * @param detail what the reader said (an exception's message), possibly empty; not translated
 */
public record SkippedImage(String file, SkipReason reason, String detail) {
    @Override
    public String toString() {
        return file + ": " + reason.english() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
