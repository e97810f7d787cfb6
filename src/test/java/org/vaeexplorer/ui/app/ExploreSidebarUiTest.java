package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280x720 (a projector) a Joint VAE's sliders make Explore's sidebar scroll; its buttons must still show their whole text
 * (the bar used to take its width from them and cut "Open checkpoint..." short).
 */
@ExtendWith(ApplicationExtension.class)
class ExploreSidebarUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        // 40 px less than 1280x720: under Monocle the window has no title bar or desktop panel to lose.
        context = ExploreWindow.show(stage, dir.resolve("runs"), 1280, 680);
        // The stage keeps the size an earlier test class gave it; a new scene does not change it.
        stage.setWidth(1280);
        stage.setHeight(680);
        // The app's own sizes (the sidebar's width and padding), as the window has them.
        stage.getScene().getStylesheets().add(VaeExplorerApp.resource("app.css").toExternalForm());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theSidebarsButtonsKeepTheirTextWhenItScrolls(FxRobot robot) throws Exception {
        robot.interact(() -> context.explore().open(Path.of("models", "mnist-joint-vae.vaex")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.explore().codesProperty().get() != null
                && !context.explore().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Button open = robot.lookup("#openCheckpoint").queryAs(Button.class);
        ScrollPane sidebar = robot.lookup(".plain-scroll")
                .match((ScrollPane p) -> p.getContent().getStyleClass().contains("sidebar")).queryAs(ScrollPane.class);
        boolean scrolls = sidebar.lookupAll(".scroll-bar").stream().anyMatch(n -> n.isVisible()
                && ((ScrollBar) n).getOrientation() == javafx.geometry.Orientation.VERTICAL);
        assertTrue(scrolls, "the case this test is about: the sidebar scrolls (content "
                + sidebar.getContent().getBoundsInLocal().getHeight() + " px high, viewport "
                + sidebar.getViewportBounds().getHeight() + ")");
        MenuButton recent = robot.lookup("#recentMenu").queryAs(MenuButton.class);
        assertTrue(open.getWidth() >= open.prefWidth(-1) - 0.5, "Open checkpoint: " + open.getWidth() + " of "
                + open.prefWidth(-1));
        assertTrue(recent.getWidth() >= recent.prefWidth(-1) - 0.5, "Recent: " + recent.getWidth() + " of "
                + recent.prefWidth(-1));
    }
}
