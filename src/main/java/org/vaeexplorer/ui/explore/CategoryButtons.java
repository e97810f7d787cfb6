package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.vaeexplorer.explore.CategoryDigits;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.model.family.Capabilities;

/**
 * The side panel's category buttons, a row per discrete latent. The latent matched to the classes carries, once
 * the test images are encoded, the class each category draws with its number small beside it, a mark and a tooltip
 * where two categories draw the same class, and a line naming the classes no category draws
 * ({@link CategoryButtonTexts}); every other latent's buttons are its categories' numbers.
 */
final class CategoryButtons {
    private final ExploreViewModel viewModel;
    private final VBox rows;

    CategoryButtons(ExploreViewModel viewModel, VBox rows) {
        this.viewModel = viewModel;
        this.rows = rows;
        viewModel.matchingProperty().addListener((o, was, now) -> rebuild());
    }

    /** Builds the rows for the open model (none without discrete latents). */
    void rebuild() {
        rows.getChildren().clear();
        ExploreSession s = viewModel.sessionProperty().get();
        Capabilities can = s == null ? null : viewModel.capabilitiesProperty().get();
        if (can == null || !can.hasDiscreteLatents()) {
            return;
        }
        List<Integer> latents = can.discreteLatents();
        int matchedLatent = ClusterMatching.matchedLatent(s.spec());
        ClusterMatching m = viewModel.matchingProperty().get();
        CategoryDigits digits = m == null ? null : CategoryDigits.of(m);
        for (int l = 0; l < latents.size(); l++) {
            int k = latents.get(l);
            List<CategoryButtonTexts.Button> texts = CategoryButtonTexts.of(k, l == matchedLatent ? digits : null,
                    s.classNames());
            List<String> names = new ArrayList<>();
            texts.forEach(t -> names.add(t.main()));
            int latent = l;
            int[] chosen = viewModel.point().categoriesProperty().get();
            List<ToggleButton> buttons = ChoiceButtons.of(names, "category-" + l + "-",
                    l < chosen.length && chosen[l] < k ? chosen[l] : 0,
                    c -> viewModel.point().setCategory(latent, c), null);
            for (int c = 0; c < buttons.size(); c++) {
                dress(buttons.get(c), texts.get(c));
            }
            FlowPane row = new FlowPane();
            row.getStyleClass().add("gap-3");
            row.getChildren().setAll(buttons);
            rows.getChildren().addAll(new Label(ExploreTexts.discreteLatent(l, k)), row);
            String none = l == matchedLatent ? CategoryButtonTexts.drawnByNone(digits, s.classNames()) : "";
            if (!none.isEmpty()) {
                Label hint = new Label(none);
                hint.setId("categoriesDrawnByNone");
                hint.setWrapText(true);
                hint.getStyleClass().add("hint");
                rows.getChildren().add(hint);
            }
        }
    }

    private static void dress(ToggleButton b, CategoryButtonTexts.Button t) {
        b.setTooltip(new Tooltip(t.tooltip()));
        if (!t.index().isEmpty()) {
            Label index = new Label(t.index());
            index.getStyleClass().add("category-index");
            b.setGraphic(index);
            b.setContentDisplay(ContentDisplay.RIGHT);
        }
        if (t.shared()) {
            b.getStyleClass().add("category-shared");
        }
    }
}
