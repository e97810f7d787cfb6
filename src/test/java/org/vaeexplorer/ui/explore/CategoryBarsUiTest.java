package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.ui.common.I18n;

/** The Draw tab's bars of a Joint VAE with two discrete latents: every category of both has its bar. */
@ExtendWith(ApplicationExtension.class)
class CategoryBarsUiTest {
    private final GridPane grid = new GridPane();
    private CategoryBars bars;

    @Start
    void start(Stage stage) {
        bars = new CategoryBars(grid);
        stage.setScene(new Scene(grid, 600, 400));
        stage.show();
    }

    @Test
    void theLatentMatchedToTheClassesComesFirstThenTheOthers(FxRobot robot) {
        // --discrete 2,3 on three classes: the second latent (3 categories) is the one matched to them.
        ClusterMatching matching = ClusterMatching.of(new int[] {0, 1, 2}, new int[] {2, 0, 1}, 3, 3);
        float[] first = {0.9f, 0.1f};
        float[] second = {0.2f, 0.5f, 0.3f};
        robot.interact(() -> {
            bars.name(List.of(2, 3), 1, matching, List.of("a", "b", "c"));
            bars.show(List.of(first, second));
        });
        float[] expected = {0.2f, 0.5f, 0.3f, 0.9f, 0.1f};
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], robot.lookup("#drawBar-" + k).queryAs(ProgressBar.class).getProgress(), 1e-6);
            assertEquals(I18n.text("explore.draw.probability", (double) expected[k]),
                    robot.lookup("#drawPercent-" + k).queryAs(Label.class).getText());
        }
        List<String> names = grid.getChildren().stream().filter(n -> n instanceof Label l && l.getId() == null)
                .map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of(I18n.text("explore.draw.categoryMatched", 0, "c"),
                I18n.text("explore.draw.categoryMatched", 1, "a"), I18n.text("explore.draw.categoryMatched", 2, "b"),
                I18n.text("explore.draw.latentCategory", 1, 0), I18n.text("explore.draw.latentCategory", 1, 1)),
                names);
        assertEquals(5, robot.lookup(".progress-bar").queryAll().size(), "a bar per category, no more");
    }
}
