package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.model.ForwardPass;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.explore.HowItWorksSteps;
import org.vaeexplorer.ui.explore.HowItWorksViewModel;

/**
 * Issue 33's How it works view on screen, with the shipped CVAE: its blocks (the label among them) show the current
 * image's numbers, the sample is the point on the plane, a click explains a block, the step-through reveals one block
 * more per step (buttons and arrow keys), and R draws a new epsilon that moves the point to mu + sigma * epsilon.
 */
@ExtendWith(ApplicationExtension.class)
class HowItWorksUiTest {
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
    void theViewShowsTheNumbersAndStepThroughAdvances(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, Path.of("models", "mnist-cvae-2d.vaex"), 180);
        HowItWorksViewModel how = context.howItWorks();
        select(robot, "howItWorksTab");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> how.flowProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"input", "label", "encoder", "mean", "log-variance", "sample", "decoder",
                "output", HowItWorksSteps.ELBO}) {
            assertTrue(robot.lookup("#how-" + id).tryQuery().isPresent(), "a block " + id);
        }
        ForwardPass pass = how.flowProperty().get().pass();
        assertArrayEquals(context.explore().point().codeProperty().get(), pass.z(), 1e-4f, "z is the plane's point");
        String elbo = numbers(robot, HowItWorksSteps.ELBO);
        assertTrue(elbo.contains(I18n.text("explore.how.elbo.total", I18n.number(pass.recon(), 2),
                I18n.number(pass.kl(), 2), I18n.number(pass.nelbo(), 2))), elbo);
        assertTrue(numbers(robot, "mean").startsWith("μ = (" + I18n.number(pass.mu()[0], 2)), numbers(robot, "mean"));

        robot.clickOn("#how-sample");
        assertEquals(I18n.text("explore.how.explain.sample"), label(robot, "#howExplanation"));

        robot.clickOn("#howStepThrough");
        assertTrue(how.steps().steppingProperty().get());
        assertEquals(0, how.steps().stepProperty().get());
        assertEquals("?", numbers(robot, HowItWorksSteps.ELBO), "later steps are not revealed yet");
        assertEquals(I18n.text("explore.how.explain.input"), label(robot, "#howExplanation"));
        robot.clickOn("#howNext");
        assertEquals(1, how.steps().stepProperty().get());
        assertEquals(I18n.text("explore.how.step", "2", Integer.toString(how.steps().count()),
                I18n.text("explore.how.block.label")), label(robot, "#howStep"));
        robot.clickOn("#howCaption").type(KeyCode.RIGHT);
        assertEquals(2, how.steps().stepProperty().get(), "→ steps on");
        assertEquals(I18n.text("explore.how.explain.encoder"), label(robot, "#howExplanation"));
        robot.type(KeyCode.LEFT);
        assertEquals(1, how.steps().stepProperty().get(), "← steps back");
        for (int i = 0; i < how.steps().count(); i++) {
            robot.clickOn("#howNext");
        }
        assertEquals(how.steps().count() - 1, how.steps().stepProperty().get(), "stops at the last step");
        assertFalse(numbers(robot, HowItWorksSteps.ELBO).equals("?"), "the last step reveals the ELBO");

        float[] before = context.explore().point().codeProperty().get().clone();
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !java.util.Arrays.equals(before,
                context.explore().point().codeProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        ForwardPass drawn = how.flowProperty().get().pass();
        assertArrayEquals(context.explore().point().codeProperty().get(), drawn.z(), 1e-4f,
                "a new epsilon moves the point to mu + sigma * epsilon");
        for (int d = 0; d < drawn.dims(); d++) {
            assertEquals(drawn.mu()[d] + drawn.sigma(d) * drawn.eps()[d], drawn.z()[d], 1e-4);
        }
    }

    private static String numbers(FxRobot robot, String id) {
        return robot.lookup("#how-" + id + " .how-numbers").queryAs(Label.class).getText();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void select(FxRobot robot, String id) {
        TabPane tabs = robot.lookup(".tab-pane").match((TabPane t) -> t.getTabs().stream()
                .anyMatch(x -> id.equals(x.getId()))).queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(x -> id.equals(x.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
    }
}
