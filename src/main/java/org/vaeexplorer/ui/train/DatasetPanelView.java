package org.vaeexplorer.ui.train;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** The Train page's dataset panel: which dataset, its loading state, summary and error. */
public final class DatasetPanelView {
    private final TrainViewModel viewModel;
    @FXML private ComboBox<DatasetChoice> datasetChoice;
    @FXML private Button openDatasetButton;
    @FXML private Button openPicturesButton;
    @FXML private Label datasetSummary;
    @FXML private Label datasetError;
    @FXML private ProgressIndicator datasetLoading;
    @FXML private TextField datasetClasses;

    public DatasetPanelView(TrainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        DatasetViewModel dataset = viewModel.dataset();
        datasetChoice.setItems(dataset.choices());
        datasetChoice.valueProperty().bindBidirectional(dataset.selectedProperty());
        datasetSummary.textProperty().bind(dataset.summaryProperty());
        datasetError.textProperty().bind(dataset.errorProperty());
        Labels.showWhenText(datasetError);
        datasetLoading.visibleProperty().bind(dataset.loadingProperty());
        var idle = viewModel.run().canStart();
        datasetChoice.disableProperty().bind(idle.not());
        // Applied when typing is done (Enter or leaving the field), not at every key: each change reloads.
        datasetClasses.setText(dataset.classesProperty().get());
        datasetClasses.setOnAction(e -> dataset.classesProperty().set(datasetClasses.getText()));
        datasetClasses.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                dataset.classesProperty().set(datasetClasses.getText());
            }
        });
        dataset.classesProperty().addListener((obs, old, now) -> datasetClasses.setText(now));
        datasetClasses.disableProperty().bind(idle.not());
        openDatasetButton.disableProperty().bind(idle.not());
        openPicturesButton.disableProperty().bind(idle.not());
        ImageImportDialog.attach(viewModel.imports(), () -> datasetChoice.getScene() == null ? null
                : datasetChoice.getScene().getWindow());
        if (dataset.selectedProperty().get() == null) {
            dataset.selectedProperty().set(dataset.choices().get(0));
        }
    }

    @FXML
    private void openDatasetFolder() {
        viewModel.openDatasetFolder();
    }

    @FXML
    private void openImageFolder() {
        viewModel.openImageFolder();
    }
}
