package org.vaeexplorer.ui.explore;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/** The Explore page's model panel: which model is open, open and recent files, following the run, the error. */
public final class ExploreModelPanel {
    private final ExploreViewModel viewModel;
    private final ExploreFilesViewModel files;
    @FXML private Label modelTitle;
    @FXML private Label liveWeights;
    @FXML private MenuButton recentMenu;
    @FXML private ProgressIndicator busy;
    @FXML private StackPane followHolder;
    @FXML private ToggleButton followToggle;
    @FXML private Label exploreError;

    public ExploreModelPanel(ExploreViewModel viewModel, ExploreFilesViewModel files) {
        this.viewModel = viewModel;
        this.files = files;
    }

    @FXML
    private void initialize() {
        modelTitle.textProperty().bind(viewModel.titleProperty());
        liveWeights.textProperty().bind(viewModel.liveWeightsProperty());
        liveWeights.visibleProperty().bind(liveWeights.textProperty().isNotEmpty());
        liveWeights.managedProperty().bind(liveWeights.visibleProperty());
        exploreError.textProperty().bind(viewModel.errorProperty());
        exploreError.visibleProperty().bind(exploreError.textProperty().isNotEmpty());
        exploreError.managedProperty().bind(exploreError.visibleProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        followToggle.selectedProperty().bindBidirectional(viewModel.followingProperty());
        followToggle.disableProperty().bind(viewModel.liveRunProperty().isNull());
        Tooltip followTip = new Tooltip();
        followTip.textProperty().bind(Bindings.createStringBinding(
                () -> ExploreTexts.followHint(viewModel.liveRunProperty().get() != null), viewModel.liveRunProperty()));
        Tooltip.install(followHolder, followTip);
        viewModel.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : viewModel.recent().files()) {
            MenuItem item = new MenuItem(ExploreTexts.recentItem(p));
            item.setOnAction(e -> viewModel.open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    @FXML
    private void openCheckpoint() {
        files.openCheckpoint();
    }
}
