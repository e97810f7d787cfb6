package org.vaeexplorer.ui.explore;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.overview.LatentOverview;
import org.vaeexplorer.explore.overview.OverviewMethod;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.I18n;

/**
 * The Overview tab (issue 33): the test set's codes by PCA or t-SNE, coloured by class or by a factor as the plane
 * is, with the progress of a t-SNE under way; clicking a dot makes that image's code Explore's point, whose decoded
 * image shows beside the map.
 */
public final class ExploreOverviewTab {
    private final OverviewViewModel viewModel;
    private final OverviewPlot plot;
    @FXML private ToggleButton pcaButton;
    @FXML private ToggleButton tsneButton;
    @FXML private HBox colourRow;
    @FXML private ProgressBar overviewProgress;
    @FXML private Label overviewCaption;
    @FXML private StackPane plotHolder;
    @FXML private ImageView overviewImage;
    @FXML private FlowPane legend;

    public ExploreOverviewTab(OverviewViewModel viewModel) {
        this.viewModel = viewModel;
        plot = new OverviewPlot(viewModel::jumpTo);
        plot.setId("overviewPlot");
    }

    @FXML
    private void initialize() {
        ToggleGroup methods = new ToggleGroup();
        pcaButton.setToggleGroup(methods);
        tsneButton.setToggleGroup(methods);
        pcaButton.setUserData(OverviewMethod.PCA);
        tsneButton.setUserData(OverviewMethod.TSNE);
        methods.selectToggle(viewModel.methodProperty().get() == OverviewMethod.PCA ? pcaButton : tsneButton);
        methods.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A toggle group may be emptied by a second click: one method is always chosen.
                methods.selectToggle(was);
            } else {
                viewModel.methodProperty().set((OverviewMethod) now.getUserData());
            }
        });
        ExploreViewModel explore = viewModel.explore();
        colourRow.getChildren().add(PlaneColouring.chooser(explore));
        overviewProgress.progressProperty().bind(viewModel.progressProperty());
        overviewProgress.visibleProperty().bind(viewModel.progressProperty().greaterThanOrEqualTo(0));
        plotHolder.getChildren().add(plot);
        HBox.setHgrow(plotHolder, Priority.ALWAYS);
        Runnable redraw = this::redraw;
        viewModel.resultProperty().addListener((o, was, now) -> redraw.run());
        viewModel.progressProperty().addListener((o, was, now) -> caption());
        explore.factors().colourByProperty().addListener((o, was, now) -> redraw.run());
        explore.factors().informationProperty().addListener((o, was, now) -> redraw.run());
        explore.codesProperty().addListener((o, was, now) -> redraw.run());
        explore.point().decodedProperty().addListener((o, was, now) ->
                overviewImage.setImage(now == null ? null : FxImages.toImage(now.image())));
        var decoded = explore.point().decodedProperty().get();
        overviewImage.setImage(decoded == null ? null : FxImages.toImage(decoded.image()));
        viewModel.start();
        redraw();
    }

    private void redraw() {
        ExploreViewModel explore = viewModel.explore();
        LatentOverview o = viewModel.resultProperty().get();
        EncodedImages codes = explore.codesProperty().get();
        ExploreSession s = explore.sessionProperty().get();
        int classes = s == null ? 0 : s.classNames().size();
        plot.show(o == null || codes == null || codes.count() != o.count() ? null : o,
                i -> PlaneColouring.colour(explore.factors().colourOf(codes, i, classes)));
        PlaneColouring.Legend key = PlaneColouring.legendOf(explore);
        legend.getChildren().clear();
        for (int c = 0; c < key.names().size(); c++) {
            legend.getChildren().add(new Label(key.names().get(c), new javafx.scene.shape.Circle(5,
                    key.colours().get(c))));
        }
        caption();
    }

    private void caption() {
        LatentOverview o = viewModel.resultProperty().get();
        double p = viewModel.progressProperty().get();
        if (!viewModel.availableProperty().get()) {
            overviewCaption.setText(I18n.text("explore.overview.needsThreeDims"));
        } else if (p >= 0) {
            overviewCaption.setText(I18n.text(viewModel.methodProperty().get() == OverviewMethod.TSNE
                    ? "explore.overview.computingTsne" : "explore.overview.computing", Math.round(100 * p)));
        } else if (o == null) {
            overviewCaption.setText(I18n.text("explore.overview.waiting"));
        } else if (o.method() == OverviewMethod.PCA) {
            overviewCaption.setText(I18n.text("explore.overview.pca", o.count(), 100 * o.explained()[0],
                    100 * o.explained()[1]));
        } else {
            overviewCaption.setText(I18n.text("explore.overview.tsne", o.count()));
        }
    }

    /** The map (for tests). */
    OverviewPlot plot() {
        return plot;
    }
}
