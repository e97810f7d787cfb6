package org.vaeexplorer.ui.explore;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Explore page: the model being explored. */
public final class ExploreViewModel {
    private final StringProperty modelDescription = new SimpleStringProperty("No model is open.");

    public StringProperty modelDescriptionProperty() {
        return modelDescription;
    }
}
