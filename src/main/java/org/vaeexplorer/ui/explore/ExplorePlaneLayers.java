package org.vaeexplorer.ui.explore;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;

/** The plane's layer switches and the Export menu. */
public final class ExplorePlaneLayers {
    private final PlaneLayers layers;
    private final ExploreFilesViewModel files;
    private final ExploreViewModel explore;
    private ExploreFilesViewModel.FileWriter planeSnapshot = f -> { };
    @FXML private CheckBox showPoints;
    @FXML private CheckBox showEllipses;
    @FXML private CheckBox showPrior;

    public ExplorePlaneLayers(ExploreViewModel explore, ExploreFilesViewModel files) {
        this.explore = explore;
        this.layers = explore.planeLayers();
        this.files = files;
    }

    @FXML
    private void initialize() {
        showPoints.selectedProperty().bindBidirectional(layers.pointsProperty());
        showEllipses.selectedProperty().bindBidirectional(layers.ellipsesProperty());
        showPrior.selectedProperty().bindBidirectional(layers.priorProperty());
        javafx.scene.layout.Pane box = (javafx.scene.layout.Pane) showPrior.getParent();
        box.getChildren().add(box.getChildren().indexOf(showPrior) + 1, PlaneColouring.chooser(explore));
    }

    /** How to write the plane's picture (a snapshot of the plane node, which lives in another tab). */
    void setPlaneSnapshot(ExploreFilesViewModel.FileWriter writer) {
        planeSnapshot = writer;
    }

    @FXML
    private void exportDecoded() {
        files.exportDecoded();
    }

    @FXML
    private void exportGrid() {
        files.exportGrid();
    }

    @FXML
    private void exportPlane() {
        files.exportPlane(planeSnapshot);
    }

    @FXML
    private void exportCodes() {
        files.exportCodes();
    }
}
