package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.ui.explore.SpritesCheckpoint;

/**
 * Lesson 5, "what disentangled means" (issue 32): it opens the shipped sprites VAE on the traversal, whose rows are
 * named after the factor each latent captures, and its steps open the beta-VAE and the beta-TCVAE the same way and
 * show the Factors tab. The shipped files are stood in for by a sprites-small VAE trained a few steps here, under
 * the three names, in a models folder of the test's own ({@code vae.models}).
 */
@ExtendWith(ApplicationExtension.class)
class DisentangledLessonUiTest {
    private static final int LESSON = 5;
    private static final List<String> FILES = List.of("sprites-vae.vaex", "sprites-beta-vae.vaex",
            "sprites-beta-tcvae.vaex");
    @TempDir
    static Path dir;
    private static String modelsBefore;
    private AppContext context;

    @BeforeAll
    static void standInModels() throws Exception {
        Path tiny = SpritesCheckpoint.tiny(dir);
        Path models = Files.createDirectories(dir.resolve("models"));
        for (String name : FILES) {
            Files.copy(tiny, models.resolve(name));
        }
        modelsBefore = System.getProperty("vae.models");
        System.setProperty("vae.models", models.toString());
    }

    @AfterAll
    static void restore() {
        if (modelsBefore == null) {
            System.clearProperty("vae.models");
        } else {
            System.setProperty("vae.models", modelsBefore);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        context = new AppContext(dir.resolve("runs"));
        Parent root = VaeExplorerApp.loadMainWindow(context);
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theLessonOpensEachSpritesModelOnItsTraversalNamedByFactor(FxRobot robot) throws Exception {
        robot.clickOn("#lessonsMenu").clickOn("#lessonItem" + LESSON);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.EXPLORE, context.mainWindow().pageProperty().get());
        awaitOpened(FILES.get(0));
        assertEquals("traversalTab", selectedExploreView(robot));
        assertRowsNamedByFactor(robot);

        robot.clickOn("#lessonStep2Button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("factorsTab", selectedExploreView(robot));

        for (int step = 3; step <= 4; step++) {
            scrollTo(robot, "#lessonStep" + step + "Button");
            robot.clickOn("#lessonStep" + step + "Button");
            awaitOpened(FILES.get(step - 2));
            assertEquals("traversalTab", selectedExploreView(robot), "step " + step);
            assertRowsNamedByFactor(robot);
        }
    }

    /** Scrolls the lesson panel until {@code query}'s button is in view, as a teacher does on a small screen. */
    private static void scrollTo(FxRobot robot, String query) {
        ScrollPane scroll = robot.lookup(".lesson-scroll").queryAs(ScrollPane.class);
        Node button = robot.lookup(query).query();
        robot.interact(() -> {
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = scroll.getContent().sceneToLocal(button.localToScene(0, 0)).getY();
            scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, Math.max(0, (y - viewport / 2)
                    / (contentHeight - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitOpened(String file) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> context.explore().titleProperty().get().contains(file)
                && !context.explore().busyProperty().get() && context.explore().factors().informationProperty()
                .get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every traversal row says what its latent captures ("z3: x position", "z1: mixed (...)", "z2: unused"). */
    private static void assertRowsNamedByFactor(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !robot.lookup(".traversal-row").queryAll().isEmpty()).get());
        List<String> rows = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".traversal-row").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList()).get(10, TimeUnit.SECONDS);
        for (String row : rows) {
            assertTrue(row.matches("z\\d+: .+"), "a row named after what its latent captures: " + rows);
        }
    }

    private static String selectedExploreView(FxRobot robot) {
        Node page = robot.lookup("#explorePage").query();
        TabPane views = (TabPane) page.lookup(".tab-pane");
        return views.getSelectionModel().getSelectedItem().getId();
    }
}
