package org.vaeexplorer.ui.app;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.vaeexplorer.ui.common.I18n;

/**
 * The Language menu: one item per language the app speaks, the current one checked. Choosing one only sets the
 * window's language ({@link MainWindowViewModel#languageProperty()}); {@link LanguageSwitch} does the rest.
 */
final class LanguageMenu {
    private LanguageMenu() {
    }

    static void fill(Menu menu, ObjectProperty<Locale> language) {
        ToggleGroup group = new ToggleGroup();
        for (Locale l : I18n.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(nativeName(l));
            item.setId("language-" + l.toLanguageTag());
            item.setToggleGroup(group);
            item.setSelected(l.equals(language.get()));
            item.setOnAction(e -> language.set(l));
            menu.getItems().add(item);
        }
    }

    /**
     * A language by its own name, not translated: someone who cannot read the current language must still find
     * theirs. Not from the bundle for that reason.
     */
    static String nativeName(Locale l) {
        return l.getLanguage().equals("zh") ? "简体中文" : "English";
    }
}
