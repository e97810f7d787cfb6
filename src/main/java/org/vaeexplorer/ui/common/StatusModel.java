package org.vaeexplorer.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the status bar shows: the latest message from any page, and a progress (-1 busy, 0 idle). */
public final class StatusModel {
    private final StringProperty text = new SimpleStringProperty(I18n.text("app.status.ready"));
    private final DoubleProperty progress = new SimpleDoubleProperty(0);

    public StringProperty textProperty() {
        return text;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public void show(String message) {
        text.set(message);
    }
}
