package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.ui.lessons.LessonTexts;
import org.vaeexplorer.ui.lessons.Lessons;

/** Lessons picked from the menu, as a teacher does: the panel shows, and the page, model and view follow. */
@ExtendWith(ApplicationExtension.class)
class LessonsUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

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
    void theLatentSpaceLessonOpensTheMnistModelOnThePlaneThenTheGrid(FxRobot robot) throws Exception {
        Node panel = robot.lookup("#lessonPanel").query();
        assertFalse(panel.isVisible(), "no lesson yet");

        pick(robot, 1);
        assertTrue(panel.isVisible());
        assertEquals(BuiltInLessons.session(1).lesson().title().en(),
                robot.lookup("#lessonTitle").queryAs(Label.class).getText());
        assertEquals(Page.EXPLORE, context.mainWindow().pageProperty().get());
        // Opened and its test set encoded (the window closes after the test: nothing may still be on its way).
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.explore().titleProperty().get()
                .contains("mnist-vae-2d.vaex") && !context.explore().busyProperty().get());
        assertEquals("planeTab", selectedExploreView(robot));

        robot.clickOn("#lessonStep3Button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("gridTab", selectedExploreView(robot));

        robot.clickOn("#lessonClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(panel.isVisible());
        robot.clickOn("#lessonsMenu").clickOn(LessonTexts.text("lessons.menu.showPanel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.isVisible(), "the menu shows the closed panel again");
        assertEquals("gridTab", selectedExploreView(robot), "reopening does not redo the setup");
    }

    @Test
    void theJointLessonDescribesTheShippedModelFromItsOwnMatchingAndTraversesItsMostUsedDimension(FxRobot robot)
            throws Exception {
        pick(robot, 4);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> context.explore().titleProperty().get()
                .contains("mnist-joint-vae.vaex") && context.explore().matchingProperty().get() != null
                && !context.explore().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        var digits = org.vaeexplorer.explore.CategoryDigits.of(context.explore().matchingProperty().get());
        String step1 = stepText(robot, 1);
        // Whatever this file's categories do, the lesson says it: each digit drawn twice, each digit drawn by none.
        for (java.util.List<Integer> shared : digits.sharedClasses()) {
            assertTrue(step1.contains("c" + shared.get(0) + " and c" + shared.get(1)), step1);
        }
        for (int none : digits.classesDrawnByNone()) {
            assertTrue(step1.contains("no category draws " + none), step1);
        }
        if (digits.sharedClasses().isEmpty() && digits.classesDrawnByNone().isEmpty()) {
            assertTrue(step1.contains("every digit has a category of its own"), step1);
        }
        String step4 = stepText(robot, 4);
        assertTrue(step4.contains(String.format(java.util.Locale.ENGLISH, "%.1f%%", 100 * digits.accuracy())), step4);

        robot.clickOn("#lessonStep3Button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("traversalTab", selectedExploreView(robot));
        int most = context.explore().codesProperty().get().mostUsedDimension();
        assertEquals(most, context.explore().views().traversalDimProperty().get());
        String step3 = stepText(robot, 3);
        assertTrue(step3.contains("z" + (most + 1) + " swept"), step3);
    }

    @Test
    void theTrainingLessonFillsTheTrainPageAndStartsNothing(FxRobot robot) {
        robot.interact(() -> context.mainWindow().showPage(Page.EXPLORE));
        pick(robot, 2);
        assertEquals(Page.TRAIN, context.mainWindow().pageProperty().get());
        var form = context.train().form();
        assertEquals(ModelKind.VAE, form.kindProperty().get());
        assertEquals("2", form.latentProperty().get());
        assertEquals(Integer.toString(Lessons.TWO_MINUTE_RUN.epochs()), form.epochsProperty().get());
        assertEquals(Integer.toString(Lessons.TWO_MINUTE_RUN.trainImages()), form.trainLimitProperty().get());
        assertEquals(Lessons.TWO_MINUTE_RUN.delayMillis(), robot.lookup("#delay").queryAs(Slider.class).getValue(),
                0.5, "the slow-motion slider shows the lesson's delay");
        assertFalse(context.train().run().isActive(), "starting is the teacher's click");
        assertTrue(robot.lookup("#lessonStep1Button").query().isVisible());
    }

    private static void pick(FxRobot robot, int lesson) {
        robot.clickOn("#lessonsMenu").clickOn("#lessonItem" + lesson);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String selectedExploreView(FxRobot robot) {
        Node page = robot.lookup("#explorePage").query();
        TabPane views = (TabPane) page.lookup(".tab-pane");
        return views.getSelectionModel().getSelectedItem().getId();
    }

    /**
     * A step's text, looked up and read on the FX thread: the lesson panel updates its steps when the model's
     * matching arrives, and a lookup from the test thread while it does can fail inside JavaFX's node lookup.
     */
    private static String stepText(FxRobot robot, int step) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((Label) robot.lookup("#lessonStep" + step + " .lesson-step-text")
                .query()).getText()).get(10, TimeUnit.SECONDS);
    }
}
