package org.vaeexplorer.ui.explore;

import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import org.vaeexplorer.ui.common.I18n;

/**
 * The Draw tab's 2x2 toggle of the quadrants a structured-output CVAE is given: it shows those of the latest
 * completion (at first, the quadrants holding ink), and a press makes that the user's choice.
 */
final class QuadrantToggles {
    private static final String[] NAMES = {"tl", "tr", "bl", "br"};

    private QuadrantToggles() {
    }

    /** Fills {@code grid} with the four toggles; each press tells {@code draw}. */
    static void install(GridPane grid, DrawViewModel draw) {
        grid.getChildren().clear();
        for (int q = 0; q < 4; q++) {
            ToggleButton b = new ToggleButton(I18n.text("explore.completion.quadrant." + NAMES[q]));
            b.setId("drawQuadrant" + q);
            b.setMinWidth(48);
            int quadrant = q;
            b.setOnAction(e -> draw.setGivenQuadrant(quadrant, b.isSelected()));
            grid.add(b, q % 2, q / 2);
        }
    }

    /** Shows {@code given} (top-left, top-right, bottom-left, bottom-right) as the toggles' states. */
    static void show(GridPane grid, boolean[] given) {
        for (var node : grid.getChildren()) {
            if (node instanceof ToggleButton b && b.getId() != null && b.getId().startsWith("drawQuadrant")) {
                int q = Integer.parseInt(b.getId().substring("drawQuadrant".length()));
                b.setSelected(q < given.length && given[q]);
            }
        }
    }
}
