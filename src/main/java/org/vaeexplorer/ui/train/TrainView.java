package org.vaeexplorer.ui.train;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Train page's frame: its panels are included FXML files with controllers of their own
 * ({@link DatasetPanelView}, {@link TrainFormView}, {@link RunControlsView}, {@link RunChartsView},
 * {@link DatasetSamplesView}); this one only keeps the shown tab in step with the view model.
 */
public final class TrainView {
    private final TrainViewModel viewModel;
    @FXML private TabPane views;
    @FXML private Tab trainingTab;
    @FXML private Tab datasetTab;

    public TrainView(TrainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        select(viewModel.panelProperty().get());
        viewModel.panelProperty().addListener((o, was, now) -> select(now));
        views.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                viewModel.panelProperty().set(now == datasetTab ? TrainViewModel.Panel.DATASET
                        : TrainViewModel.Panel.TRAINING));
    }

    private void select(TrainViewModel.Panel panel) {
        views.getSelectionModel().select(panel == TrainViewModel.Panel.DATASET ? datasetTab : trainingTab);
    }
}
