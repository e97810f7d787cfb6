package org.vaeexplorer.platform;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** The file system's refusals in words: its exceptions' messages are often just a path. */
public final class FileProblems {
    private FileProblems() {
    }

    public static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            return e.getFile() + " is a file, not a folder";
        } else if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        return e.getReason() != null ? e.getReason() : "the file system refused";
    }
}
