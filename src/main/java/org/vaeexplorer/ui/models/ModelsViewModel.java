package org.vaeexplorer.ui.models;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Models page: the checkpoints shipped with the app and those of the user's runs. */
public final class ModelsViewModel {
    private final StringProperty heading = new SimpleStringProperty("Checkpoints");

    public StringProperty headingProperty() {
        return heading;
    }
}
