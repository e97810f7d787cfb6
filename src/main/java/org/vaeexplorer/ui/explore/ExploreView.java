package org.vaeexplorer.ui.explore;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The Explore page. */
public final class ExploreView {
    private final ExploreViewModel viewModel;
    @FXML
    private Label modelDescription;

    public ExploreView(ExploreViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        modelDescription.textProperty().bind(viewModel.modelDescriptionProperty());
    }
}
