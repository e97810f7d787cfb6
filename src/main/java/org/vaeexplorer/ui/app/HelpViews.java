package org.vaeexplorer.ui.app;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.vaeexplorer.ui.common.I18n;

/**
 * The Help menu, the shortcut list of the help overlay and the About dialog. The overlay and the menu both list
 * {@link Shortcuts#shown} for the page shown, so they cannot disagree.
 */
final class HelpViews {
    private HelpViews() {
    }

    /** Two columns, keys and what they do: the page's own shortcuts under its name, then those of every page. */
    static void fillList(GridPane list, Page page) {
        list.getChildren().clear();
        int row = 0;
        List<Shortcuts.Shortcut> own = Shortcuts.of(page);
        if (!own.isEmpty()) {
            row = section(list, row, I18n.text("help.section.page", page.title()), own);
        }
        section(list, row, I18n.text("help.section.everywhere"), Shortcuts.everywhere());
    }

    private static int section(GridPane list, int row, String title, List<Shortcuts.Shortcut> shortcuts) {
        Label heading = new Label(title);
        heading.getStyleClass().add("help-section");
        list.add(heading, 0, row++, 2, 1);
        for (Shortcuts.Shortcut s : shortcuts) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("help-keys");
            Label action = new Label(s.action());
            action.setWrapText(true);
            list.addRow(row++, keys, action);
        }
        return row;
    }

    /**
     * The Help menu, filled each time it opens: "Keyboard shortcuts" (the overlay), the same list as menu items
     * (choosing one does nothing more than show it), and About.
     */
    static void fillMenu(Menu menu, Page page, Runnable showShortcuts, Runnable showAbout) {
        menu.getItems().clear();
        MenuItem shortcuts = new MenuItem(I18n.text("help.shortcuts"));
        shortcuts.setId("helpShortcutsItem");
        shortcuts.setOnAction(e -> showShortcuts.run());
        menu.getItems().addAll(shortcuts, new SeparatorMenuItem());
        int i = 0;
        for (Shortcuts.Shortcut s : Shortcuts.shown(page)) {
            MenuItem line = new MenuItem(I18n.text("help.menuLine", s.keys(), s.action()));
            line.setId("helpLine-" + i++);
            menu.getItems().add(line);
        }
        MenuItem about = new MenuItem(I18n.text("help.about"));
        about.setId("helpAboutItem");
        about.setOnAction(e -> showAbout.run());
        menu.getItems().addAll(new SeparatorMenuItem(), about);
    }

    /** The About dialog: what the app is, its version, and the licences of what it ships; not modal to training. */
    static Alert about(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle(I18n.text("help.about"));
        about.setHeaderText(I18n.text("about.header", version()));
        about.setContentText(I18n.text("about.text"));
        about.getDialogPane().setId("aboutPane");
        about.show();
        return about;
    }

    /** The jar's version (its manifest); a build run from the class folders has none. */
    static String version() {
        String v = HelpViews.class.getPackage().getImplementationVersion();
        return v != null ? v : I18n.text("about.version.development");
    }
}
