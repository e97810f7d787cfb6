package org.vaeexplorer.ui.explore;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.vaeexplorer.explore.FactorCodes;
import org.vaeexplorer.ui.common.I18n;

/**
 * The latents x factors mutual information as a shaded table: a row per latent (named after what it captures),
 * a column per factor; each cell shaded by I/H and showing I in nats, as the Clusters tab shades its confusion.
 */
final class FactorHeatMap {
    private FactorHeatMap() {
    }

    static void fill(GridPane grid, FactorCodes f, List<String> storedNames) {
        grid.getChildren().clear();
        for (int k = 0; k < f.factorCount(); k++) {
            Label head = new Label(FactorTexts.factorName(storedNames.get(k)));
            head.getStyleClass().add("confusion-head");
            grid.add(head, k + 1, 0);
        }
        for (int j = 0; j < f.latents(); j++) {
            String dim = Integer.toString(j + 1);
            grid.add(new Label(I18n.text("explore.traversal.row.plain", dim)), 0, j + 1);
            for (int k = 0; k < f.factorCount(); k++) {
                double share = f.normalised(j, k);
                Label cell = new Label(I18n.number(f.mi()[j][k], 2));
                cell.getStyleClass().add("confusion-cell");
                cell.setId("factorCell-" + j + "-" + k);
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(59,111,216,%.2f);%s", share,
                        share > 0.5 ? " -fx-text-fill: white;" : ""));
                Tooltip.install(cell, new Tooltip(I18n.text("explore.factors.cellTooltip", dim,
                        FactorTexts.factorName(storedNames.get(k)), I18n.number(f.mi()[j][k], 3),
                        I18n.number(f.entropy()[k], 3), I18n.number(share, 2))));
                grid.add(cell, k + 1, j + 1);
            }
        }
    }
}
