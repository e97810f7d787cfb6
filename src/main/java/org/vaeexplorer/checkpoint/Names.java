package org.vaeexplorer.checkpoint;

import java.nio.file.Path;

/** How a file is named in a message: its name in quotes, so every refusal says which file it is about. */
final class Names {
    private Names() {
    }

    static String of(Path file) {
        Path name = file.getFileName();
        return "'" + (name == null ? file : name) + "'";
    }
}
