package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
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
import org.vaeexplorer.ui.explore.ExploreFixtures;

/** The Explore page's controls with no model and with bad input. */
@ExtendWith(ApplicationExtension.class)
class ExplorePageUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = ExploreWindow.show(stage, dir.resolve("runs"), 1280, 860);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void withNoModelTheViewsThatNeedOneAreDisabledAndSayWhy(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").match((TabPane t) -> t.getTabs().stream().anyMatch(x -> "planeTab".equals(x.getId()))).queryAs(TabPane.class);
        for (Tab tab : tabs.getTabs()) {
            // The drawing pad works before a model is open (its caption says to open one), so Draw stays enabled.
            if (!"planeTab".equals(tab.getId()) && !"drawTab".equals(tab.getId())) {
                assertTrue(tab.isDisable(), tab.getId() + " is disabled with no model");
                assertNotNull(tab.getTooltip(), tab.getId() + " says why");
            }
        }
        assertTrue(robot.lookup("#followToggle").query().isDisable(), "nothing to follow yet");
        Tooltip why = Tooltip.class.cast(robot.lookup("#followHolder").query().getProperties().get("javafx.scene.control.Tooltip"));
        assertNotNull(why, "the disabled follow button's holder has a tooltip");
        assertTrue(why.getText().contains("Train page"), why.getText());
    }

    @Test
    void badTextInAnEditableSpinnerRevertsToTheLastValue(FxRobot robot) throws Exception {
        robot.interact(() -> context.explore().open(ExploreFixtures.SHIPPED));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.explore().codesProperty().get() != null);
        robot.interact(() -> context.exploreView().orElseThrow().showView("interpolation"));
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<?> from = robot.lookup("#fromIndex").queryAs(Spinner.class);
        Object before = from.getValue();
        Thread.UncaughtExceptionHandler old = Thread.getDefaultUncaughtExceptionHandler();
        Throwable[] thrown = new Throwable[1];
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> thrown[0] = e);
        try {
            for (String bad : new String[] {"abc", "1.5", ""}) {
                robot.interact(() -> from.getEditor().setText(bad));
                robot.clickOn(from.getEditor()).type(KeyCode.ENTER);
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(before, from.getValue(), "'" + bad + "' keeps the value");
                assertEquals(String.valueOf(before), from.getEditor().getText(), "'" + bad + "' is replaced");
            }
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(old);
        }
        assertEquals(null, thrown[0], "no exception on the FX thread");
        robot.interact(() -> from.getEditor().setText("3"));
        robot.clickOn(from.getEditor()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, from.getValue(), "a good value is taken");
        assertFalse(context.explore().views().interpolationFromProperty().get() != 3);
    }

    @Test
    void theLiveRunIsPolledOnlyWhileItIsFollowed(FxRobot robot) {
        var view = context.exploreView().orElseThrow();
        assertFalse(view.isPolling(), "nothing followed: no timeline running");
        var data = org.vaeexplorer.training.TrainingFixtures.mnist();
        var spec = org.vaeexplorer.model.ModelKind.VAE.defaultSpec(28, 28, 10);
        robot.interact(() -> {
            context.explore().liveRunProperty().unbind();
            context.explore().liveRunProperty().set(new org.vaeexplorer.run.LiveRun(
                    new org.vaeexplorer.explore.LiveModelFeed(0), spec, data,
                    org.vaeexplorer.data.PixelScaling.GREY, "run"));
            context.explore().followingProperty().set(true);
        });
        assertTrue(view.isPolling(), "following polls the run");
        robot.interact(() -> context.explore().close());
        assertFalse(view.isPolling(), "closing the page's model stops the poll");
    }
}
