package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.ui.common.FxImages;

/** The traversal tab: which dimension is swept, and the decoded rows. */
public final class ExploreTraversalTab {
    private final ExploreViewModel viewModel;
    @FXML private ComboBox<Integer> traversalDim;
    @FXML private Label traversalCaption;
    @FXML private ImageView traversalImage;

    public ExploreTraversalTab(ExploreViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        LatentViewsViewModel v = viewModel.views();
        traversalDim.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                v.traversalDimProperty().set(now - 1);
            }
        });
        v.traversalProperty().addListener((o, was, now) -> show(now));
        viewModel.sessionProperty().addListener((o, was, now) -> sessionChanged(now));
        // A tab rebuilt by a language switch keeps the dimension chosen and shows the traversal at once.
        int chosen = v.traversalDimProperty().get();
        sessionChanged(viewModel.sessionProperty().get());
        if (chosen >= 0 && chosen < traversalDim.getItems().size()) {
            traversalDim.setValue(chosen + 1);
        }
        show(v.traversalProperty().get());
    }

    private void show(org.vaeexplorer.ui.common.GreyImage traversal) {
        if (traversal != null) {
            traversalImage.setImage(FxImages.toImage(traversal));
        }
    }

    private void sessionChanged(ExploreSession s) {
        if (s == null) {
            return;
        }
        ModelSpec spec = s.spec();
        List<Integer> numbers = new ArrayList<>();
        for (int d = 1; d <= spec.latentDim(); d++) {
            numbers.add(d);
        }
        traversalDim.setItems(FXCollections.observableArrayList(numbers));
        traversalDim.setValue(numbers.isEmpty() ? null : 1);
        traversalCaption.setText(ExploreTexts.traversalCaption(spec));
        // Without categories or classes, every dimension has its own row: there is nothing to choose.
        traversalDim.setDisable(!spec.hasCategorical() && !spec.conditional());
    }
}
