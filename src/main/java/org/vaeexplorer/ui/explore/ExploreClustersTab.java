package org.vaeexplorer.ui.explore;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.vaeexplorer.explore.ClusterMatching;

/** The clusters tab: how well a Joint VAE's categories match the classes, or why there is nothing to show. */
public final class ExploreClustersTab {
    private final ExploreViewModel viewModel;
    @FXML private Label accuracyLabel;
    @FXML private Label clustersCaption;
    @FXML private GridPane confusion;

    public ExploreClustersTab(ExploreViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        viewModel.matchingProperty().addListener((o, was, now) -> show(now));
        viewModel.sessionProperty().addListener((o, was, now) -> show(viewModel.matchingProperty().get()));
        show(viewModel.matchingProperty().get());
    }

    private void show(ClusterMatching m) {
        ExploreSession s = viewModel.sessionProperty().get();
        var codes = viewModel.codesProperty().get();
        accuracyLabel.setText(ExploreTexts.clusters(s, m, codes == null ? 0 : codes.count()));
        clustersCaption.setVisible(m != null && s != null);
        if (m == null || s == null) {
            confusion.getChildren().clear();
        } else {
            ConfusionTable.fill(confusion, m, s.classNames());
        }
    }
}
