package org.vaeexplorer.ui.explore;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;

/** The plane's layer switches and the Export menu. */
public final class ExplorePlaneLayers {
    private final PlaneLayers layers;
    private final ExploreFilesViewModel files;
    private ExploreFilesViewModel.FileWriter planeSnapshot = f -> { };
    @FXML private CheckBox showPoints;
    @FXML private CheckBox showEllipses;
    @FXML private CheckBox showPrior;

    public ExplorePlaneLayers(PlaneLayers layers, ExploreFilesViewModel files) {
        this.layers = layers;
        this.files = files;
    }

    @FXML
    private void initialize() {
        showPoints.selectedProperty().bindBidirectional(layers.pointsProperty());
        showEllipses.selectedProperty().bindBidirectional(layers.ellipsesProperty());
        showPrior.selectedProperty().bindBidirectional(layers.priorProperty());
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
