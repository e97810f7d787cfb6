package org.vaeexplorer.ui.models;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The Models page. */
public final class ModelsView {
    private final ModelsViewModel viewModel;
    @FXML
    private Label heading;

    public ModelsView(ModelsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
    }
}
