package org.vaeexplorer.ui.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.vaeexplorer.ui.common.I18n;

/** The File menu: save the window's state as a session file, and open one (issue 33). */
final class FileMenu {
    private FileMenu() {
    }

    static void fill(Menu menu, SessionActions sessions) {
        MenuItem open = new MenuItem(I18n.text("app.menu.file.openSession"));
        open.setId("openSessionItem");
        open.setOnAction(e -> sessions.open());
        MenuItem save = new MenuItem(I18n.text("app.menu.file.saveSession"));
        save.setId("saveSessionItem");
        save.setOnAction(e -> sessions.save());
        menu.getItems().setAll(open, save);
    }
}
