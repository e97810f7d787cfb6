package org.vaeexplorer.data;

/** Why a file of an image folder was left out; each has a bundle key for the window's list of skipped files. */
public enum SkipReason {
    /** The file could not be opened (no permission, a broken link, gone since the folder was listed). */
    UNREADABLE("data.skip.unreadable", "cannot be read"),
    /** The file holds no bytes. */
    ZERO_BYTE("data.skip.zeroByte", "empty file (0 bytes)"),
    /** An image format ImageIO knows, but its data ends early or is damaged. */
    TRUNCATED("data.skip.truncated", "truncated or damaged"),
    /** No PNG, JPEG, BMP or GIF reader recognises the file. */
    NOT_AN_IMAGE("data.skip.notAnImage", "not a PNG, JPEG, BMP or GIF image");

    private final String key;
    private final String english;

    SkipReason(String key, String english) {
        this.key = key;
        this.english = english;
    }

    public String key() {
        return key;
    }

    public String english() {
        return english;
    }
}
