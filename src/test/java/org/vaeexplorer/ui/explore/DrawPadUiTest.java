package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.ui.app.AppContext;

/** The Draw tab in the whole window: strokes dragged on the pad by the robot reach the model and come back. */
@ExtendWith(ApplicationExtension.class)
class DrawPadUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = org.vaeexplorer.ui.app.ExploreWindow.show(stage, dir.resolve("runs"), 1280, 720);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aStrokeDraggedOnThePadShowsItsReconstructionAndMovesThePosteriorOnThePlane(FxRobot robot) throws Exception {
        openOnTheDrawTab(robot, ExploreFixtures.SHIPPED);
        PosteriorPlane plane = robot.lookup("#drawPlane").queryAs(PosteriorPlane.class);
        assertNull(plane.shownMean(), "nothing drawn, no posterior");
        assertNull(robot.lookup("#drawReconstruction").queryAs(ImageView.class).getImage());

        Canvas pad = robot.lookup("#drawPad").queryAs(Canvas.class);
        // An upright stroke, like a 1.
        robot.moveTo(pad).moveBy(0, -90).press(MouseButton.PRIMARY).moveBy(-5, 60).moveBy(-5, 60).moveBy(-2, 50)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> plane.shownMean() != null
                && robot.lookup("#drawReconstruction").queryAs(ImageView.class).getImage() != null);
        awaitIdle();
        double[] afterOne = plane.shownMean();
        Image reconstruction = robot.lookup("#drawReconstruction").queryAs(ImageView.class).getImage();
        assertEquals(1, context.draw().strokesProperty().get().size());

        // A cross bar over the top turns it into something else: the posterior moves.
        robot.moveTo(pad).moveBy(-80, -85).press(MouseButton.PRIMARY).moveBy(80, 0).moveBy(80, 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> context.draw().strokesProperty().get().size() == 2);
        awaitIdle();
        double[] afterBar = plane.shownMean();
        assertTrue(Math.hypot(afterBar[0] - afterOne[0], afterBar[1] - afterOne[1]) > 0.05,
                "the posterior mean moved: " + afterOne[0] + ", " + afterOne[1] + " -> " + afterBar[0] + ", "
                        + afterBar[1]);
        assertTrue(reconstruction != robot.lookup("#drawReconstruction").queryAs(ImageView.class).getImage(),
                "a new reconstruction is shown");

        robot.clickOn("#drawUndo");
        awaitIdle();
        assertEquals(afterOne[0], plane.shownMean()[0], 1e-6, "undo takes back the bar and its posterior");
        robot.clickOn("#drawClear");
        awaitIdle();
        assertNull(plane.shownMean(), "a cleared pad shows no posterior");
    }

    @Test
    void aJointVaeShowsItsCategoryBarsForTheDrawing(FxRobot robot) throws Exception {
        openOnTheDrawTab(robot, Path.of("models", "mnist-joint-vae.vaex"));
        ProgressBar first = robot.lookup("#drawBar-0").queryAs(ProgressBar.class);
        assertEquals(0.0, first.getProgress(), 1e-9);
        Canvas pad = robot.lookup("#drawPad").queryAs(Canvas.class);
        robot.moveTo(pad).moveBy(-60, -70).press(MouseButton.PRIMARY).moveBy(110, 0).moveBy(-70, 150)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> context.draw().resultProperty().get() != null
                && !context.draw().resultProperty().get().isEmpty());
        awaitIdle();
        double sum = 0;
        for (int k = 0; k < 10; k++) {
            sum += robot.lookup("#drawBar-" + k).queryAs(ProgressBar.class).getProgress();
        }
        assertEquals(1.0, sum, 1e-3, "the bars are q(c|x): they sum to 1");
    }

    /**
     * Issue 27, defect 1: the bars showed an earlier stroke's q(c|x) while the images were the latest. The nodes
     * held the right values; the screen did not, because results that changed nothing did not redraw them and a
     * frame dropped under load was never made up. Every result now shows bars drawn anew, with its own values.
     */
    @Test
    void everyAnalysisRedrawsTheJointVaesBarsWithItsOwnProbabilities(FxRobot robot) throws Exception {
        openOnTheDrawTab(robot, Path.of("models", "mnist-joint-vae.vaex"));
        Canvas pad = robot.lookup("#drawPad").queryAs(Canvas.class);
        robot.moveTo(pad).moveBy(-60, -70).press(MouseButton.PRIMARY).moveBy(110, 0).moveBy(-70, 150)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> context.draw().resultProperty().get() != null
                && !context.draw().resultProperty().get().isEmpty());
        awaitIdle();
        ProgressBar before = robot.lookup("#drawBar-0").queryAs(ProgressBar.class);
        long shown = context.draw().resultProperty().get().request();

        // New samples: the same drawing, so the same q(c|x); the bars are still drawn again for the new result.
        robot.clickOn("#drawResample");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> context.draw().resultProperty().get().request() > shown);
        awaitIdle();
        float[] probs = context.draw().resultProperty().get().posterior().categoryProbs();
        assertTrue(before != robot.lookup("#drawBar-0").queryAs(ProgressBar.class),
                "the bars of the latest result are drawn anew");
        for (int k = 0; k < probs.length; k++) {
            assertEquals(probs[k], robot.lookup("#drawBar-" + k).queryAs(ProgressBar.class).getProgress(), 1e-6);
            assertEquals(org.vaeexplorer.ui.common.I18n.text("explore.draw.probability", probs[k]),
                    robot.lookup("#drawPercent-" + k).queryAs(javafx.scene.control.Label.class).getText());
        }
    }

    private void openOnTheDrawTab(FxRobot robot, Path checkpoint) throws Exception {
        robot.interact(() -> context.explore().open(checkpoint));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.explore().codesProperty().get() != null
                && context.explore().codesProperty().get().count() > 0);
        robot.interact(() -> context.exploreView().orElseThrow().showView("draw"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#drawPad").tryQuery().orElse(null));
    }

    /** Until every analysis asked for is done and its result has reached the FX thread. */
    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> context.draw().isUpToDate());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
