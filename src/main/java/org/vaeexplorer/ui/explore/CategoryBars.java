package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.ui.common.I18n;

/**
 * The Draw tab's bars of q(c_l|x): a bar per category of every discrete latent, those of the latent matched to the
 * classes first ("c3", or "c3 → 6" once the categories are matched), then each other latent's ("latent 2: 1").
 */
final class CategoryBars {
    private final GridPane grid;
    private final List<String> names = new ArrayList<>();
    /** The latents in the order their bars are shown. */
    private final List<Integer> order = new ArrayList<>();

    CategoryBars(GridPane grid) {
        this.grid = grid;
    }

    /**
     * Names the bars of discrete latents of {@code sizes} categories (none: no bars), {@code matched} the one whose
     * categories {@code matching} (null until the test set is encoded) maps to {@code classNames}.
     */
    void name(List<Integer> sizes, int matched, ClusterMatching matching, List<String> classNames) {
        names.clear();
        order.clear();
        if (sizes.isEmpty()) {
            return;
        }
        order.add(matched);
        for (int k = 0; k < sizes.get(matched); k++) {
            String drawn = CategoryButtonTexts.drawnName(matching, k, classNames);
            names.add(drawn == null ? I18n.text("explore.draw.category", k)
                    : I18n.text("explore.draw.categoryMatched", k, drawn));
        }
        for (int l = 0; l < sizes.size(); l++) {
            if (l != matched) {
                order.add(l);
                for (int k = 0; k < sizes.get(l); k++) {
                    names.add(I18n.text("explore.draw.latentCategory", l + 1, k));
                }
            }
        }
        show(List.of());
    }

    /**
     * One row per category with its bar and percentage ({@code probabilities}: q(c_l|x) per latent; empty shows
     * zeros), made anew for every analysis. Updating the rows in place let the screen keep an earlier stroke's bars:
     * the nodes held the latest values, but a bar that reached its final value in the middle of a stroke was not
     * redrawn by the results after it (they changed nothing), so one frame the renderer dropped, under load, left it
     * stale while the images (new every result) were current.
     */
    void show(List<float[]> probabilities) {
        float[] shown = new float[names.size()];
        int at = 0;
        for (int l : order) {
            if (l < probabilities.size()) {
                float[] q = probabilities.get(l);
                System.arraycopy(q, 0, shown, at, Math.min(q.length, shown.length - at));
            }
            at += l < probabilities.size() ? probabilities.get(l).length : 0;
        }
        grid.getChildren().clear();
        // Ten categories in two columns of five: in one column of ten, presentation mode's larger type at 720p made
        // the column taller than the tab and the captions above the bars were cut short.
        int rows = (names.size() + 1) / 2;
        for (int k = 0; k < names.size(); k++) {
            ProgressBar bar = new ProgressBar(shown[k]);
            bar.setId("drawBar-" + k);
            bar.setPrefSize(120, 16);
            // The bar gives way when the type is large (presentation mode); the name and percentage are never cut.
            bar.setMinWidth(24);
            Label name = new Label(names.get(k));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label percent = new Label(I18n.text("explore.draw.probability", (double) shown[k]));
            percent.setId("drawPercent-" + k);
            percent.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(k % rows, name, bar, percent);
        }
    }
}
