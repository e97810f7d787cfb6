package org.vaeexplorer.ui.app;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.explore.PointHistory;

/**
 * The Edit menu: undo and redo of the explored point (Ctrl+Z, Ctrl+Shift+Z; Ctrl+Y too, as other programs on
 * Windows and Linux have it), each greyed out when there is nothing to undo or redo.
 */
final class EditMenu {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private EditMenu() {
    }

    static void fill(Menu menu, PointHistory history) {
        MenuItem undo = new MenuItem(I18n.text("app.menu.edit.undo"));
        undo.setId("undoItem");
        undo.setAccelerator(UNDO);
        undo.setOnAction(e -> history.undo());
        undo.disableProperty().bind(history.canUndoProperty().not());
        MenuItem redo = new MenuItem(I18n.text("app.menu.edit.redo"));
        redo.setId("redoItem");
        redo.setAccelerator(REDO);
        redo.setOnAction(e -> history.redo());
        redo.disableProperty().bind(history.canRedoProperty().not());
        menu.getItems().setAll(undo, redo);
    }

    /** The second redo key, which a menu item cannot show beside its own. */
    static void installRedoY(Scene scene, PointHistory history) {
        scene.getAccelerators().put(REDO_Y, history::redo);
    }
}
