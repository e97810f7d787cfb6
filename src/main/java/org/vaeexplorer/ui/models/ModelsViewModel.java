package org.vaeexplorer.ui.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vaeexplorer.checkpoint.CheckpointException;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.ShippedModels;
import org.vaeexplorer.ui.common.BackgroundExecutor;

/** The Models page: the checkpoints shipped with the app and those of the user's runs, with a card for each. */
public final class ModelsViewModel {
    private final BackgroundExecutor executor;
    private final Supplier<List<Path>> shippedFolders;
    private final Path runsRoot;
    private final Consumer<Path> openInExplore;
    private final ObservableList<ModelEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<ModelEntry> selected = new SimpleObjectProperty<>();
    private final StringProperty card = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("Checkpoints");

    public ModelsViewModel(BackgroundExecutor executor, Supplier<List<Path>> shippedFolders, Path runsRoot,
                           Consumer<Path> openInExplore) {
        this.executor = executor;
        this.shippedFolders = shippedFolders;
        this.runsRoot = runsRoot;
        this.openInExplore = openInExplore;
        selected.addListener((o, was, now) -> card.set(now == null ? ""
                : now.readable() ? ModelCard.describe(now.manifest()) : now.file() + "\n\n" + now.problem()));
    }

    /** Scans the folders and reads every manifest (not the weights) in the background. */
    public void refresh() {
        executor.submit("Looking for checkpoints", progress -> {
            List<ModelEntry> found = new ArrayList<>();
            CheckpointStore store = new CheckpointStore();
            for (Path dir : shippedFolders.get()) {
                ShippedModels.list(dir).forEach(f -> found.add(read(store, f, "shipped")));
            }
            ShippedModels.list(runsRoot).forEach(f -> found.add(read(store, f, "run")));
            return found;
        }, found -> {
            entries.setAll(found);
            heading.set(String.format(Locale.ROOT, "%d checkpoints (shipped, and runs in %s)", found.size(),
                    runsRoot));
            if (!found.isEmpty() && selected.get() == null) {
                selected.set(found.get(0));
            }
        }, t -> heading.set("Could not list the checkpoints: " + t.getMessage()));
    }

    private static ModelEntry read(CheckpointStore store, Path file, String origin) {
        try {
            return new ModelEntry(file, origin, store.readManifest(file), null);
        } catch (CheckpointException e) {
            return new ModelEntry(file, origin, null, e.getMessage());
        }
    }

    public void openSelected() {
        ModelEntry e = selected.get();
        if (e != null && e.readable()) {
            openInExplore.accept(e.file());
        }
    }

    public ObservableList<ModelEntry> entries() {
        return entries;
    }

    public ObjectProperty<ModelEntry> selectedProperty() {
        return selected;
    }

    public StringProperty cardProperty() {
        return card;
    }

    public StringProperty headingProperty() {
        return heading;
    }
}
