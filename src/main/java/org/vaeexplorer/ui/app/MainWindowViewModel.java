package org.vaeexplorer.ui.app;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.StatusModel;

/** State of the main window: which page shows, its language, and the status line shared by all pages. */
public final class MainWindowViewModel {
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.TRAIN);
    private final StatusModel status;
    private final PresentationViewModel presentation = new PresentationViewModel();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(I18n.locale());
    private final javafx.collections.ObservableSet<String> hidden = javafx.collections.FXCollections
            .observableSet(new java.util.TreeSet<>());

    public MainWindowViewModel(StatusModel status) {
        this.status = status;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** Presentation mode and zoom. */
    public PresentationViewModel presentation() {
        return presentation;
    }

    /** The language the window is shown in (the Language menu sets it; {@code LanguageSwitch} applies it). */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /**
     * The controls a teacher hid for this session ({@link HideableControls}' ids: the presentation mode's secondary
     * controls and Explore's views), saved with the session.
     */
    public javafx.collections.ObservableSet<String> hiddenControls() {
        return hidden;
    }

    public StatusModel status() {
        return status;
    }

    public void showPage(Page p) {
        page.set(p);
    }
}
