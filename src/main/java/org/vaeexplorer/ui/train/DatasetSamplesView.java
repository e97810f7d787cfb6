package org.vaeexplorer.ui.train;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.common.FxImages;

/** The dataset's preview: a few test images of each class, one class per column. */
public final class DatasetSamplesView {
    private static final double TILE_SIZE = 56;
    private final TrainViewModel viewModel;
    @FXML private TilePane sampleGrid;

    public DatasetSamplesView(TrainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        viewModel.dataset().samples().addListener((ListChangeListener<SampleTile>) c -> showSamples());
        showSamples();
    }

    private void showSamples() {
        sampleGrid.getChildren().clear();
        var data = viewModel.dataset().dataProperty().get();
        sampleGrid.setPrefColumns(data == null ? 10 : data.train().numClasses());
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
