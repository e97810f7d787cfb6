package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.explore.FactorCodes;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.explore.FactorsViewModel;
import org.vaeexplorer.ui.explore.SpritesCheckpoint;

/**
 * Issue 32 on screen: a sprites-small model opened on Explore shows the latents x factors heat map on the Factors
 * tab, names its traversal rows after factors, and offers to colour the plane by a factor.
 */
@ExtendWith(ApplicationExtension.class)
class FactorsUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = ExploreWindow.show(stage, dir.resolve("runs"), 1280, 720);
        stage.getScene().getStylesheets().add(VaeExplorerApp.resource("app.css").toExternalForm());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aSpritesModelShowsTheHeatMapNamedRowsAndTheFactorColouring(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, SpritesCheckpoint.tiny(dir), 60);
        FactorsViewModel factors = context.explore().factors();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> factors.informationProperty().get() != null);
        FactorCodes f = factors.informationProperty().get();
        select(robot, "factorsTab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#factorCell-0-0").tryQuery().isPresent()).get());
        WaitForAsyncUtils.waitForFxEvents();
        for (int j = 0; j < f.latents(); j++) {
            for (int k = 0; k < f.factorCount(); k++) {
                Label cell = robot.lookup("#factorCell-" + j + "-" + k).queryAs(Label.class);
                assertEquals(I18n.number(f.mi()[j][k], 2), cell.getText(), "cell z" + (j + 1) + ", factor " + k);
            }
        }
        List<String> heads = robot.lookup(".confusion-head").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        assertTrue(heads.containsAll(List.of(I18n.text("factor.shape"), I18n.text("factor.x"),
                I18n.text("factor.y"))), "factor names from the bundle: " + heads);
        assertEquals(I18n.text("explore.factors.title", f.count()),
                robot.lookup("#factorsTitle").queryAs(Label.class).getText());

        select(robot, "traversalTab");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup(".traversal-row").queryAll().size() == f.latents()).get());
        WaitForAsyncUtils.waitForFxEvents();
        for (Node n : robot.lookup(".traversal-row").queryAll()) {
            String text = ((Label) n).getText();
            assertTrue(text.matches("z\\d+: .+"), "a row named after what its latent captures: " + text);
        }

        select(robot, "planeTab");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> colourBy = robot.lookup("#colourBy").queryAs(ComboBox.class);
        assertTrue(colourBy.getParent().isVisible(), "the chooser shows for a model with factors");
        assertEquals(1 + f.factorCount(), colourBy.getItems().size(), "class and each factor");
        robot.interact(() -> colourBy.setValue(3));
        assertEquals(3, factors.colourByProperty().get());
        int positions = f.factors().sizes()[3];
        List<String> legend = robot.lookup("#legend").queryAs(javafx.scene.layout.FlowPane.class).getChildren()
                .stream().map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of(I18n.text("explore.plane.factorValue", I18n.text("factor.x"), 1, positions),
                I18n.text("explore.plane.factorValue", I18n.text("factor.x"), (positions - 1) / 2 + 1, positions),
                I18n.text("explore.plane.factorValue", I18n.text("factor.x"), positions, positions)), legend,
                "the legend says what the colours mean now");
        robot.interact(() -> colourBy.setValue(FactorsViewModel.BY_CLASS));
        assertEquals(context.explore().sessionProperty().get().classNames(), robot.lookup("#legend")
                .queryAs(javafx.scene.layout.FlowPane.class).getChildren().stream().map(n -> ((Label) n).getText())
                .toList());
    }

    private static void select(FxRobot robot, String id) {
        TabPane tabs = robot.lookup(".tab-pane").match((TabPane t) -> t.getTabs().stream()
                .anyMatch(x -> id.equals(x.getId()))).queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(x -> id.equals(x.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
    }
}
