package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
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

/** The side panel's latent controls (issue 27): the sliders show the point wherever it is. */
@ExtendWith(ApplicationExtension.class)
class LatentControlsUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = ExploreWindow.show(stage, dir.resolve("runs"), 1280, 720);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Defect 13: a point dragged past the prior's 5%-95% range pinned the sliders at their ends. */
    @Test
    void theSlidersReachThePointBeyondThePriorsRangeAndMarkIt(FxRobot robot) throws Exception {
        robot.interact(() -> context.explore().open(ExploreFixtures.SHIPPED));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.explore().codesProperty().get() != null
                && !context.explore().busyProperty().get());
        robot.interact(() -> context.explore().point().moveTo(3.2, -2.6));
        WaitForAsyncUtils.waitForFxEvents();
        Slider z1 = robot.lookup("#z1").queryAs(Slider.class);
        Slider z2 = robot.lookup("#z2").queryAs(Slider.class);
        assertEquals(3.2, z1.getValue(), 1e-4, "z1's slider shows the point, not its end at " + z1.getMax());
        assertEquals(-2.6, z2.getValue(), 1e-4, "z2's slider shows the point, not its end at " + z2.getMin());
        assertTrue(z1.getMax() >= 3.2 && z2.getMin() <= -2.6, "the sliders reach the point");
        assertTrue(name(z1).getStyleClass().contains("beyond-prior"), "z1 is marked as beyond the prior's range");
        assertTrue(name(z1).getTooltip() != null, "and says why");

        robot.interact(() -> context.explore().point().moveTo(0.5, -0.25));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.645, z1.getMax(), 1e-9, "back inside, the slider covers the prior's 5%-95% range again");
        assertEquals(0.5, z1.getValue(), 1e-4);
        assertFalse(name(z1).getStyleClass().contains("beyond-prior"));
    }

    private static Label name(Slider slider) {
        return (Label) slider.getParent().getChildrenUnmodifiable().get(0);
    }
}
