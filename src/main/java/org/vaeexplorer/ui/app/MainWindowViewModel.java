package org.vaeexplorer.ui.app;

import org.vaeexplorer.ui.common.StatusModel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the main window: which page shows, and the status line shared by all pages. */
public final class MainWindowViewModel {
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.TRAIN);
    private final StatusModel status;
    private final PresentationViewModel presentation = new PresentationViewModel();

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

    public StatusModel status() {
        return status;
    }

    public void showPage(Page p) {
        page.set(p);
    }
}
