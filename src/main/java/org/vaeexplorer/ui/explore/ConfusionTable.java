package org.vaeexplorer.ui.explore;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.ui.common.I18n;

/** Draws a category x class confusion matrix as a shaded table, the matched class of each row in bold. */
final class ConfusionTable {
    private ConfusionTable() {
    }

    static void fill(GridPane grid, ClusterMatching m, List<String> classNames) {
        grid.getChildren().clear();
        for (int c = 0; c < classNames.size(); c++) {
            Label head = new Label(classNames.get(c));
            head.getStyleClass().add("confusion-head");
            grid.add(head, c + 1, 0);
        }
        int max = 1;
        for (int[] row : m.confusion()) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        for (int k = 0; k < m.confusion().length; k++) {
            int mapped = m.classOfCategory()[k];
            String drawn = CategoryButtonTexts.drawnName(m, k, classNames);
            String counted = mapped >= 0 ? classNames.get(mapped) : null;
            grid.add(new Label(drawn != null && counted != null && !drawn.equals(counted)
                    ? I18n.text("explore.clusters.categoryCounted", Integer.toString(k), drawn, counted)
                    : ExploreTexts.category(k, counted)), 0, k + 1);
            for (int c = 0; c < classNames.size(); c++) {
                int v = m.confusion()[k][c];
                Label cell = new Label(Integer.toString(v));
                cell.getStyleClass().add("confusion-cell");
                double shade = v / (double) max;
                cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(59,111,216,%.2f);%s%s", shade,
                        shade > 0.5 ? " -fx-text-fill: white;" : "", c == mapped ? " -fx-font-weight: bold;" : ""));
                grid.add(cell, c + 1, k + 1);
            }
        }
    }
}
