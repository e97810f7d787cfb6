package org.vaeexplorer.ui.train;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.common.ClassNames;
import org.vaeexplorer.ui.common.FittedImage;
import org.vaeexplorer.ui.common.FxImages;

/** The dataset's preview: a few test images of each class, one class per column. */
public final class DatasetSamplesView {
    private final TrainViewModel viewModel;
    @FXML private TilePane sampleGrid;
    @FXML private VBox factorBrowser;

    public DatasetSamplesView(TrainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        viewModel.dataset().samples().addListener((ListChangeListener<SampleTile>) c -> showSamples());
        showSamples();
        factorBrowser.getChildren().setAll(FactorBrowserPane.build(viewModel.dataset().factors()));
    }

    private void showSamples() {
        sampleGrid.getChildren().clear();
        var data = viewModel.dataset().dataProperty().get();
        sampleGrid.setPrefColumns(data == null ? 10 : data.train().numClasses());
        for (SampleTile tile : viewModel.dataset().samples()) {
            ImageView view = new ImageView(FxImages.toImage(tile.image()));
            // Sized in em by the CSS (sample-image), so the tiles follow the zoom.
            FittedImage fitted = new FittedImage();
            fitted.getChildren().add(view);
            fitted.getStyleClass().add("sample-image");
            Label name = new Label(ClassNames.display(tile.className()));
            name.getStyleClass().add("sample-caption");
            VBox box = new VBox(fitted, name);
            box.getStyleClass().addAll("sample-tile", "gap-2");
            sampleGrid.getChildren().add(box);
        }
    }
}
