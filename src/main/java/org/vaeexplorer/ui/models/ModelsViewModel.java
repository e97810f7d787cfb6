package org.vaeexplorer.ui.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.ui.common.BackgroundExecutor;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.Messages;

/** The Models page: the checkpoints shipped with the app and those of the user's runs, with a card for each. */
public final class ModelsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ModelsViewModel.class);
    private final BackgroundExecutor executor;
    private final Supplier<List<Path>> shippedFolders;
    private final Path runsRoot;
    private final Consumer<Path> openInExplore;
    private final ObservableList<ModelEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<ModelEntry> selected = new SimpleObjectProperty<>();
    private final StringProperty card = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty(I18n.text("models.heading"));

    public ModelsViewModel(BackgroundExecutor executor, Supplier<List<Path>> shippedFolders, Path runsRoot,
                           Consumer<Path> openInExplore) {
        this.executor = executor;
        this.shippedFolders = shippedFolders;
        this.runsRoot = runsRoot;
        this.openInExplore = openInExplore;
        selected.addListener((o, was, now) -> retranslate());
    }

    /** Composes the selected checkpoint's card (again, after a language switch). */
    public void retranslate() {
        ModelEntry now = selected.get();
        card.set(now == null ? ""
                : now.readable() ? ModelCard.describe(now.manifest()) : now.file() + "\n\n" + now.problem());
    }

    /** Scans the folders and reads every manifest (not the weights) in the background. */
    public void refresh() {
        executor.submit(I18n.text("models.status.looking"), progress -> {
            List<ModelEntry> found = new ArrayList<>();
            CheckpointStore store = new CheckpointStore();
            for (Path dir : shippedFolders.get()) {
                ShippedModels.list(dir).forEach(f -> found.add(read(store, f, "shipped")));
            }
            ShippedModels.list(runsRoot).forEach(f -> found.add(read(store, f, "run")));
            return found;
        }, found -> {
            entries.setAll(found);
            heading.set(I18n.text("models.headingFound", Integer.toString(found.size()), runsRoot));
            if (!found.isEmpty() && selected.get() == null) {
                selected.set(found.get(0));
            }
        }, t -> {
            LOG.warn("could not list the checkpoints", t);
            heading.set(I18n.text("models.error.list", Messages.of(t)));
        });
    }

    private static ModelEntry read(CheckpointStore store, Path file, String origin) {
        try {
            return new ModelEntry(file, origin, store.peekManifest(file), null);
        } catch (CheckpointException e) {
            LOG.info("{} is listed as unreadable: {}", file, e.getMessage());
            return new ModelEntry(file, origin, null, e.getMessage());
        }
    }

    public void openSelected() {
        ModelEntry e = selected.get();
        if (e != null && e.readable()) {
            openInExplore.accept(e.file());
        }
    }

    /** A shipped file by its name, a run's by its run folder and name. */
    public static String name(ModelEntry e) {
        return e.origin().equals("shipped") ? e.file().getFileName().toString()
                : e.file().getParent().getFileName() + "/" + e.file().getFileName();
    }

    public static String kind(ModelEntry e) {
        return e.readable() ? I18n.name("kind", e.manifest().model().kind()) : I18n.text("models.unreadable");
    }

    public static String latents(ModelEntry e) {
        return e.readable() ? ModelCard.latentSpec(e.manifest().model()) : "";
    }

    public static String nelbo(ModelEntry e) {
        return e.readable() && !Double.isNaN(e.manifest().lastTestNelbo())
                ? I18n.number(e.manifest().lastTestNelbo(), 2) : "";
    }

    public static String made(ModelEntry e) {
        return e.readable() ? e.manifest().provenance().createdAt().replace('T', ' ').replaceAll("\\.\\d+Z$", "")
                : "";
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
