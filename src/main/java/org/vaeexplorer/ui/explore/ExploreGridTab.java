package org.vaeexplorer.ui.explore;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.image.ImageView;
import org.vaeexplorer.explore.GridSpacing;
import org.vaeexplorer.ui.common.EnumNames;
import org.vaeexplorer.ui.common.FxImages;

/** The manifold grid tab: size, spacing and extent, and the decoded grid. */
public final class ExploreGridTab {
    private final LatentViewsViewModel views;
    @FXML private Spinner<Integer> gridSize;
    @FXML private ComboBox<GridSpacing> spacing;
    @FXML private Spinner<Double> gridExtent;
    @FXML private ImageView gridImage;
    @FXML private ImageView pairGridImage;
    @FXML private javafx.scene.layout.VBox pairColumn;
    @FXML private javafx.scene.control.Label firstName;
    @FXML private javafx.scene.control.Label secondName;
    private final ExploreViewModel explore;
    private final PairViewModel pair;

    public ExploreGridTab(ExploreViewModel explore, PairViewModel pair) {
        this.views = explore.views();
        this.explore = explore;
        this.pair = pair;
    }

    @FXML
    private void initialize() {
        // The controls start from the view model: the tab may be rebuilt (a language switch) with settings chosen.
        gridSize.getValueFactory().setValue(views.gridSizeProperty().get());
        SpinnerInput.revertBadText(gridSize);
        gridSize.getValueFactory().valueProperty().addListener((o, was, now) -> views.gridSizeProperty().set(now));
        EnumNames.show(spacing, "spacing", GridSpacing.class);
        spacing.valueProperty().bindBidirectional(views.spacingProperty());
        gridExtent.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 10,
                views.gridExtentProperty().get(), 0.5));
        SpinnerInput.revertBadText(gridExtent);
        gridExtent.valueProperty().addListener((o, was, now) -> views.gridExtentProperty().set(now));
        gridExtent.disableProperty().bind(views.spacingProperty().isEqualTo(GridSpacing.GAUSSIAN_QUANTILE));
        views.gridProperty().addListener((o, was, now) -> show(now));
        show(views.gridProperty().get());
        // Two models side by side: the second model's grid over the same dimensions, beside the first's.
        pairColumn.visibleProperty().bind(pair.gridProperty().isNotNull());
        pairColumn.managedProperty().bind(pairColumn.visibleProperty());
        pair.gridProperty().addListener((o, was, now) -> showPair(now));
        showPair(pair.gridProperty().get());
    }

    private void showPair(org.vaeexplorer.ui.common.GreyImage grid) {
        if (grid != null) {
            pairGridImage.setImage(FxImages.toImage(grid));
        }
        ExploreSession s = explore.sessionProperty().get();
        boolean paired = grid != null && s != null && pair.chosenProperty().get() != null;
        firstName.setText(paired ? s.title() : "");
        firstName.setManaged(paired);
        secondName.setText(paired ? pair.chosenProperty().get().getFileName().toString() : "");
    }

    private void show(org.vaeexplorer.ui.common.GreyImage grid) {
        if (grid != null) {
            gridImage.setImage(FxImages.toImage(grid));
        }
    }
}
