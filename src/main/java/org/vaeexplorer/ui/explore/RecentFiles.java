package org.vaeexplorer.ui.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The checkpoints opened most recently, newest first, kept in a small text file between sessions. */
public final class RecentFiles {
    static final int MAX = 8;
    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.isRegularFile(store)) {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && files.size() < MAX) {
                        files.add(Path.of(line.trim()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable list only costs the user their recent entries; the app starts regardless.
            files.clear();
        }
    }

    public ObservableList<Path> files() {
        return files;
    }

    /** Moves {@code file} to the top and saves the list (a failed save is not worth an error dialog). */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        List<String> lines = new ArrayList<>();
        files.forEach(f -> lines.add(f.toString()));
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.write(store, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Recent files are a convenience; not being able to remember them must not stop opening the model.
        }
    }
}
