package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
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
import org.vaeexplorer.ui.common.I18n;

/**
 * Issue 27, defect 8: the structured-output CVAE (200 latent dimensions) at 1280x720. The side panel held 200
 * sliders, the plane tab's readout 200 numbers (which shrank the decoded image), and the Draw tab's caption promised
 * a posterior that is never drawn for this model.
 */
@ExtendWith(ApplicationExtension.class)
class StructuredOutputScreensUiTest {
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
    void twoSlidersAResampleControlACompactReadoutAndATrueCaption(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, Path.of("models", "mnist-scvae.vaex"), 90);
        TabPane tabs = robot.lookup(".tab-pane").match((TabPane t) -> t.getTabs().stream()
                .anyMatch(x -> "planeTab".equals(x.getId()))).queryAs(TabPane.class);
        select(robot, tabs, "planeTab");
        WaitForAsyncUtils.waitForFxEvents();
        var point = context.explore().point();
        int x = point.xDimProperty().get();
        int y = point.yDimProperty().get();

        List<Slider> sliders = robot.lookup("#latentSliders").query().lookupAll(".slider").stream()
                .map(Slider.class::cast).toList();
        assertEquals(List.of("z" + (x + 1), "z" + (y + 1)), sliders.stream().map(Node::getId).toList(),
                "a slider for each of the plane's two dimensions, not 200");

        Label readout = robot.lookup("#codeLabel").queryAs(Label.class);
        assertTrue(readout.getText().length() < 160 && readout.getText().contains("z" + (x + 1) + " = "),
                "a compact readout: " + readout.getText().length() + " characters");
        Node decoded = robot.lookup(".decoded-image").query();
        assertTrue(decoded.getBoundsInLocal().getHeight() >= 150, "the decoded image keeps its size: "
                + decoded.getBoundsInLocal().getHeight() + " px");

        float[] before = point.codeProperty().get().clone();
        robot.clickOn("#resampleOthers");
        WaitForAsyncUtils.waitForFxEvents();
        float[] after = point.codeProperty().get();
        assertEquals(before[x], after[x]);
        assertEquals(before[y], after[y]);
        int changed = 0;
        for (int d = 0; d < after.length; d++) {
            changed += after[d] != before[d] ? 1 : 0;
        }
        assertEquals(after.length - 2, changed, "every other dimension is drawn afresh");

        select(robot, tabs, "drawTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> I18n.text("explore.draw.plane.captionStructured").equals(l.getText())),
                "the Draw tab's caption says what its plane shows for this model");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .noneMatch(l -> I18n.text("explore.draw.plane.caption").equals(l.getText())),
                "and does not promise a posterior marker, ellipse and samples");
        assertNotEquals(I18n.text("explore.draw.plane.caption"), I18n.text("explore.draw.plane.captionStructured"));
        assertTrue(robot.lookup("#drawQuadrants").query().isVisible(), "the quadrants given can be chosen");
        assertEquals(4, robot.lookup("#drawQuadrants").query().lookupAll(".toggle-button").size());
    }

    private static void select(FxRobot robot, TabPane tabs, String id) {
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }
}
