package org.vaeexplorer.ui.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoints opened most recently, newest first, kept in a small text file between sessions. Files that are
 * gone are dropped when the list is read and when opening one fails.
 */
public final class RecentFiles {
    private static final Logger LOG = LoggerFactory.getLogger(RecentFiles.class);
    static final int MAX = 8;
    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.isRegularFile(store)) {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || files.size() >= MAX) {
                        continue;
                    }
                    Path file = Path.of(line.trim());
                    if (Files.isRegularFile(file)) {
                        files.add(file);
                    } else {
                        LOG.info("dropping {} from the recent checkpoints: it no longer exists", file);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable list only costs the user their recent entries; the app starts regardless.
            LOG.warn("could not read the recent checkpoints from {}; starting with none", store, e);
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
        save();
    }

    /** Forgets {@code file} (it could not be opened because it is gone). */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize()) || files.remove(file)) {
            LOG.info("dropped {} from the recent checkpoints: it no longer exists", file);
            save();
        }
    }

    private void save() {
        List<String> lines = new ArrayList<>();
        files.forEach(f -> lines.add(f.toString()));
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.write(store, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Recent files are a convenience; not being able to remember them must not stop opening the model.
            LOG.warn("could not save the recent checkpoints to {}", store, e);
        }
    }
}
