package org.vaeexplorer.ui.train;

import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.vaeexplorer.ui.FxImages;

/** The Train page. */
public final class TrainView {
    private static final double TILE_SIZE = 56;
    private final TrainViewModel viewModel;
    @FXML
    private ComboBox<DatasetChoice> datasetChoice;
    @FXML
    private Button openDatasetButton;
    @FXML
    private Label datasetSummary;
    @FXML
    private Label datasetError;
    @FXML
    private ProgressIndicator datasetLoading;
    @FXML
    private TilePane sampleGrid;

    public TrainView(TrainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        DatasetViewModel dataset = viewModel.dataset();
        datasetChoice.setItems(dataset.choices());
        datasetChoice.valueProperty().bindBidirectional(dataset.selectedProperty());
        datasetSummary.textProperty().bind(dataset.summaryProperty());
        datasetError.textProperty().bind(dataset.errorProperty());
        datasetError.visibleProperty().bind(dataset.errorProperty().isNotEmpty());
        datasetError.managedProperty().bind(datasetError.visibleProperty());
        datasetLoading.visibleProperty().bind(dataset.loadingProperty());
        dataset.samples().addListener((ListChangeListener<SampleTile>) c -> showSamples());
        showSamples();
        if (dataset.selectedProperty().get() == null) {
            dataset.selectedProperty().set(dataset.choices().get(0));
        }
    }

    @FXML
    private void openDatasetFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of IDX files (train-images-idx3-ubyte, t10k-…)");
        File dir = chooser.showDialog(openDatasetButton.getScene().getWindow());
        if (dir != null) {
            viewModel.dataset().openFolder(dir.toPath());
        }
    }

    private void showSamples() {
        sampleGrid.getChildren().clear();
        int classes = viewModel.dataset().dataProperty().get() == null ? 10
                : viewModel.dataset().dataProperty().get().train().numClasses();
        sampleGrid.setPrefColumns(classes);
        for (SampleTile tile : viewModel.dataset().samples()) {
            ImageView view = new ImageView(FxImages.toImage(tile.image()));
            view.setSmooth(false);
            view.setFitWidth(TILE_SIZE);
            view.setFitHeight(TILE_SIZE);
            Label name = new Label(tile.className());
            name.getStyleClass().add("sample-caption");
            VBox box = new VBox(2, view, name);
            box.getStyleClass().add("sample-tile");
            sampleGrid.getChildren().add(box);
        }
    }
}
