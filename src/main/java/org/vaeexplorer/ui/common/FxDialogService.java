package org.vaeexplorer.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The dialogs on the desktop. Each is owned by the main window, so it opens over it and is modal to it; some
 * window managers (openbox) still drop a maximised owner's state when a native dialog closes, so the state is
 * put back afterwards.
 */
public final class FxDialogService implements DialogService {
    private final Supplier<Stage> owner;
    private Path lastFolder;

    /** @param owner the main window, asked at each dialog (it may not exist yet when this is built) */
    public FxDialogService(Supplier<Stage> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openFile(String title, FileFilter filter) {
        FileChooser c = fileChooser(title, filter);
        return show(() -> c.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> openFile(String title, FileFilter filter, Path initialFolder) {
        FileChooser c = fileChooser(title, filter);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            c.setInitialDirectory(initialFolder.toFile());
        }
        return show(() -> c.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, FileFilter filter) {
        FileChooser c = fileChooser(title, filter);
        c.setInitialFileName(initialName);
        return show(() -> c.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        Path start = initial != null && Files.isDirectory(initial) ? initial : lastFolder;
        if (start != null && Files.isDirectory(start)) {
            c.setInitialDirectory(start.toFile());
        }
        return show(() -> c.showDialog(owner.get()));
    }

    @Override
    public boolean confirm(String title, String question, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yesButton, noButton);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        // A long question wraps instead of being cut with an ellipsis (Chinese text has no spaces to break at).
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return alert.showAndWait().orElse(noButton) == yesButton;
    }

    @Override
    public void inform(String title, String message, java.util.List<String> details) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        if (!details.isEmpty()) {
            javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(
                    javafx.collections.FXCollections.observableArrayList(details));
            list.setId("informDetails");
            list.setPrefHeight(Math.min(12, details.size()) * 26 + 4);
            list.setPrefWidth(640);
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, new javafx.scene.control.Label(message),
                    list);
            alert.getDialogPane().setContent(box);
        }
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.showAndWait();
    }

    private FileChooser fileChooser(String title, FileFilter filter) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            c.setInitialDirectory(lastFolder.toFile());
        }
        return c;
    }

    private Optional<Path> show(Supplier<File> dialog) {
        Stage stage = owner.get();
        boolean maximised = stage != null && stage.isMaximized();
        File file = dialog.get();
        if (maximised && !stage.isMaximized()) {
            stage.setMaximized(true);
        }
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        lastFolder = Files.isDirectory(path) ? path : path.getParent();
        return Optional.of(path);
    }
}
