package org.vaeexplorer.ui.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.checkpoint.CheckpointException;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.ShippedModels;
import org.vaeexplorer.platform.Trash;
import org.vaeexplorer.ui.common.BackgroundExecutor;
import org.vaeexplorer.ui.common.DialogService;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.LocalText;
import org.vaeexplorer.ui.common.Messages;

/**
 * The Models page: the checkpoints shipped with the app and those of the user's runs, grouped by run
 * ({@link ModelGroup}), with a card for each; a run or a checkpoint can be deleted, to the trash where there is one.
 */
public final class ModelsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ModelsViewModel.class);
    private final BackgroundExecutor executor;
    private final Supplier<List<Path>> shippedFolders;
    private final Path runsRoot;
    private final Consumer<Path> openInExplore;
    private final DialogService dialogs;
    private final Trash trash;
    private final Predicate<Path> inUse;
    private final ObservableList<ModelEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<ModelGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<ModelEntry> selected = new SimpleObjectProperty<>();
    /** The run (or the shipped group) whose row is selected; null when a checkpoint's row is. */
    private final ObjectProperty<ModelGroup> selectedGroup = new SimpleObjectProperty<>();
    private final StringProperty card = new SimpleStringProperty("");
    private final SampleQualityViewModel sampleQuality;
    private final StringProperty heading = new SimpleStringProperty(I18n.text("models.heading"));
    private final StringProperty message = new SimpleStringProperty("");
    private LocalText messageText = LocalText.EMPTY;
    private final BooleanBinding canDelete = Bindings.createBooleanBinding(() -> selectedGroup.get() != null
            ? !selectedGroup.get().shipped() : selected.get() != null && !selected.get().origin().equals("shipped"),
            selected, selectedGroup);

    /**
     * @param trash where deleted runs go; {@link Trash#canTake} false means they can only be deleted for good
     * @param inUse whether a path belongs to the run training now, which is not deleted under its feet
     */
    public ModelsViewModel(BackgroundExecutor executor, Supplier<List<Path>> shippedFolders, Path runsRoot,
                           Consumer<Path> openInExplore, DialogService dialogs, Trash trash, Predicate<Path> inUse) {
        this.executor = executor;
        this.shippedFolders = shippedFolders;
        this.runsRoot = runsRoot;
        this.openInExplore = openInExplore;
        this.dialogs = dialogs;
        this.trash = trash;
        this.inUse = inUse;
        this.sampleQuality = new SampleQualityViewModel(executor);
        selected.addListener((o, was, now) -> {
            sampleQuality.show(now);
            retranslate();
        });
    }

    /** Composes the selected checkpoint's card and the last message (again, after a language switch). */
    public void retranslate() {
        ModelEntry now = selected.get();
        card.set(now == null ? ""
                : now.readable() ? ModelCard.describe(now.manifest()) : now.file() + "\n\n" + now.problem());
        message.set(messageText.resolve());
        sampleQuality.retranslate();
    }

    /** The selected checkpoint's sample quality, measured on request. */
    public SampleQualityViewModel sampleQuality() {
        return sampleQuality;
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
            ModelGroup wasGroup = selectedGroup.get();
            ModelEntry was = selected.get();
            entries.setAll(found);
            groups.setAll(ModelGroup.of(found));
            heading.set(I18n.text("models.headingFound", groups.size() - shippedGroups(), found.size(), runsRoot));
            reselect(wasGroup, was);
        }, t -> {
            LOG.warn("could not list the checkpoints", t);
            heading.set(I18n.text("models.error.list", Messages.of(t)));
        });
    }

    /** The same run or checkpoint as before a refresh, by its path, if it is still there; else the first group. */
    private void reselect(ModelGroup wasGroup, ModelEntry was) {
        ModelGroup group = wasGroup == null ? null : groups.stream()
                .filter(g -> java.util.Objects.equals(g.folder(), wasGroup.folder())).findFirst().orElse(null);
        ModelEntry entry = was == null || wasGroup != null ? null : entries.stream()
                .filter(e -> e.file().equals(was.file())).findFirst().orElse(null);
        if (group != null) {
            selectGroup(group);
        } else if (entry != null) {
            selectEntry(entry);
        } else {
            selectGroup(groups.isEmpty() ? null : groups.get(0));
        }
    }

    private int shippedGroups() {
        return (int) groups.stream().filter(ModelGroup::shipped).count();
    }

    private static ModelEntry read(CheckpointStore store, Path file, String origin) {
        try {
            return new ModelEntry(file, origin, store.peekManifest(file), null);
        } catch (CheckpointException e) {
            LOG.info("{} is listed as unreadable: {}", file, e.getMessage());
            return new ModelEntry(file, origin, null, e.getMessage());
        }
    }

    /** Selects a group's row: its card and Open are those of its best checkpoint; Delete takes the whole run. */
    public void selectGroup(ModelGroup group) {
        selectedGroup.set(group);
        selected.set(group == null ? null : group.primary());
    }

    /** Selects one checkpoint's row. */
    public void selectEntry(ModelEntry entry) {
        selectedGroup.set(null);
        selected.set(entry);
    }

    public void openSelected() {
        ModelEntry e = selected.get();
        if (e != null && e.readable()) {
            openInExplore.accept(e.file());
        }
    }

    /** A run or a run's checkpoint is selected (the shipped ones are part of the app, not the user's to delete). */
    public BooleanBinding canDelete() {
        return canDelete;
    }

    /**
     * Deletes the selected run (its folder) or checkpoint, once the user has said yes: to the trash where the
     * system has one for it, otherwise for good after a question that says so.
     */
    public void deleteSelected() {
        if (!canDelete().get()) {
            return;
        }
        ModelGroup group = selectedGroup.get();
        Path target = group != null ? group.folder() : selected.get().file();
        String name = target.getFileName().toString();
        if (inUse.test(target)) {
            say(LocalText.of("models.delete.inUse", name));
            return;
        }
        boolean toTrash = trash.canTake(target);
        String count = Integer.toString(group == null ? 1 : group.all().size());
        String question = group != null
                ? I18n.text(toTrash ? "models.delete.runToTrash" : "models.delete.runForever", name, count)
                : I18n.text(toTrash ? "models.delete.fileToTrash" : "models.delete.fileForever", name);
        if (!dialogs.confirm(I18n.text("models.delete.title"), question,
                I18n.text(toTrash ? "models.delete.yesTrash" : "models.delete.yesForever"),
                I18n.text("models.delete.no"))) {
            return;
        }
        executor.submit(I18n.text("models.delete.working", name), progress -> {
            if (toTrash) {
                trash.moveToTrash(target);
            } else {
                Trash.deletePermanently(target);
            }
            return target;
        }, done -> {
            say(LocalText.of(toTrash ? "models.delete.trashed" : "models.delete.deleted", name));
            // A run's checkpoint gone, its run stays selected; a run gone, the list starts again at the top.
            selectGroup(group != null ? null : groups.stream()
                    .filter(g -> target.getParent().equals(g.folder())).findFirst().orElse(null));
            refresh();
        }, t -> {
            LOG.warn("could not delete {}", target, t);
            say(LocalText.of("models.delete.failed", name, Messages.of(t)));
            refresh();
        });
    }

    private void say(LocalText text) {
        messageText = text;
        message.set(text.resolve());
    }

    public ObservableList<ModelEntry> entries() {
        return entries;
    }

    public ObservableList<ModelGroup> groups() {
        return groups;
    }

    public ObjectProperty<ModelEntry> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ModelGroup> selectedGroupProperty() {
        return selectedGroup;
    }

    public StringProperty cardProperty() {
        return card;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    /** What the last deletion did, or why it did not. */
    public StringProperty messageProperty() {
        return message;
    }
}
