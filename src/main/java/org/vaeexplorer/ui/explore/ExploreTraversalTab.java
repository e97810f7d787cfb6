package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.vaeexplorer.model.family.Capabilities;
import org.vaeexplorer.ui.common.FxImages;

/** The traversal tab: which dimension is swept (with each one's average KL), and the decoded rows, named. */
public final class ExploreTraversalTab {
    private final ExploreViewModel viewModel;
    private boolean updating;
    @FXML private ComboBox<Integer> traversalDim;
    @FXML private Label traversalCaption;
    @FXML private TraversalGrid traversalGrid;

    public ExploreTraversalTab(ExploreViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        LatentViewsViewModel v = viewModel.views();
        DimensionChoices.install(traversalDim, viewModel);
        Tooltip.install(traversalDim, new Tooltip(org.vaeexplorer.ui.common.I18n.text("explore.dim.tooltip")));
        traversalDim.valueProperty().addListener((o, was, now) -> {
            if (now != null && !updating) {
                v.traversalDimProperty().set(now - 1);
            }
        });
        // The view model turns the traversal to the most used dimension once the test set is encoded.
        v.traversalDimProperty().addListener((o, was, now) -> showChosen());
        v.traversalProperty().addListener((o, was, now) -> show(now));
        viewModel.matchingProperty().addListener((o, was, now) -> show(v.traversalProperty().get()));
        // Rows are named after the factors once their mutual information with the latents has been computed.
        viewModel.factors().informationProperty().addListener((o, was, now) -> show(v.traversalProperty().get()));
        viewModel.sessionProperty().addListener((o, was, now) -> sessionChanged(now));
        // A tab rebuilt by a language switch keeps the dimension chosen and shows the traversal at once.
        sessionChanged(viewModel.sessionProperty().get());
        show(v.traversalProperty().get());
    }

    private void showChosen() {
        int chosen = viewModel.views().traversalDimProperty().get();
        updating = true;
        traversalDim.setValue(chosen >= 0 && chosen < traversalDim.getItems().size() ? chosen + 1 : null);
        updating = false;
    }

    private void show(Traversal t) {
        ExploreSession s = viewModel.sessionProperty().get();
        if (t == null || s == null) {
            return;
        }
        List<TraversalGrid.RowName> rows = new ArrayList<>();
        for (Traversal.Row r : t.rows()) {
            rows.add(FactorTexts.traversalRow(r, s, viewModel.matchingProperty().get(), viewModel.factors()));
        }
        List<String> columns = new ArrayList<>();
        for (double value : t.values()) {
            columns.add(ExploreTexts.traversalColumn(value));
        }
        traversalGrid.show(FxImages.toImage(t.image()), rows, columns);
    }

    private void sessionChanged(ExploreSession s) {
        if (s == null) {
            return;
        }
        Capabilities can = s.spec().capabilities();
        List<Integer> numbers = new ArrayList<>();
        for (int d = 1; d <= can.planeDimensions(); d++) {
            numbers.add(d);
        }
        updating = true;
        traversalDim.setItems(FXCollections.observableArrayList(numbers));
        updating = false;
        showChosen();
        traversalCaption.setText(ExploreTexts.traversalCaption(can));
        // Without categories or classes, every dimension has its own row: there is nothing to choose, and a picker
        // showing some dimension's KL would only puzzle.
        boolean choose = can.hasDiscreteLatents() || can.labels();
        traversalDim.setDisable(!choose);
        traversalDim.getParent().setVisible(choose);
        traversalDim.getParent().setManaged(choose);
    }

    /** The grid shown (for tests: its row and column labels). */
    TraversalGrid grid() {
        return traversalGrid;
    }
}
