package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** Zoom keys and presentation mode on the real window, with the app's style sheet (no model needed). */
@ExtendWith(ApplicationExtension.class)
class PresentationUiTest {
    @TempDir
    static Path dir;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        context = new AppContext(dir.resolve("runs"));
        // As the app starts: on Explore, the other pages not built until they are shown.
        context.mainWindow().showPage(Page.EXPLORE);
        Parent root = VaeExplorerApp.loadMainWindow(context);
        Scene scene = new Scene(root, 1280, 720);
        scene.getStylesheets().add(VaeExplorerApp.resource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.setFullScreen(false));
        context.close();
    }

    @Test
    void ctrlPlusAndMinusZoomEveryLabelAndCtrlZeroResets(FxRobot robot) {
        Label title = robot.lookup("#exploreModel").queryAs(Label.class);
        double actual = title.getFont().getSize();
        assertEquals(PresentationViewModel.BASE_FONT_SIZE, actual, 0.01);

        press(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(actual * 1.1, title.getFont().getSize(), 0.05, "Ctrl+= (Ctrl+plus) zooms in");
        press(robot, KeyCode.CONTROL, KeyCode.ADD);
        assertEquals(actual * 1.25, title.getFont().getSize(), 0.05, "so does the keypad's plus");
        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(actual * 0.9, title.getFont().getSize(), 0.05, "Ctrl+minus zooms out");
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(actual, title.getFont().getSize(), 0.01, "Ctrl+0 is actual size");
    }

    @Test
    void f11EntersPresentationModeAndEscLeavesIt(FxRobot robot) {
        Node root = stage.getScene().getRoot();
        Node statusBar = robot.lookup("#statusBar").query();
        Node openRow = robot.lookup("#openCheckpoint").query().getParent();
        Label title = robot.lookup("#exploreModel").queryAs(Label.class);
        assertTrue(statusBar.isVisible() && openRow.isVisible());

        press(robot, KeyCode.F11);
        assertTrue(context.mainWindow().presentation().presentationProperty().get());
        assertTrue(root.getStyleClass().contains(PresentationMode.STYLE_CLASS));
        assertFalse(statusBar.isVisible() || statusBar.isManaged(), "the status bar is folded away");
        assertFalse(openRow.isVisible() || openRow.isManaged(), "so is Explore's open-checkpoint row");
        assertTrue(title.getFont().getSize() > PresentationViewModel.BASE_FONT_SIZE * 1.4, "type is larger");
        assertTrue(robot.lookup("#openDatasetButton").tryQuery().isEmpty(), "the Train page is not built yet");
        robot.interact(() -> context.mainWindow().showPage(Page.TRAIN));
        Node openDataset = robot.lookup("#openDatasetButton").query();
        assertFalse(openDataset.isVisible() || openDataset.isManaged(), "a page first shown while presenting folds too");
        robot.interact(() -> context.mainWindow().showPage(Page.EXPLORE));
        assertTrue(robot.lookup("#drawHint").tryQuery().isEmpty(), "the Draw view is not built yet");
        robot.interact(() -> context.exploreView().orElseThrow().showView("draw"));
        Node drawHint = robot.lookup("#drawHint").query();
        assertFalse(drawHint.isVisible() || drawHint.isManaged(), "so does an Explore view first shown then");

        press(robot, KeyCode.ESCAPE);
        assertFalse(context.mainWindow().presentation().presentationProperty().get());
        assertFalse(root.getStyleClass().contains(PresentationMode.STYLE_CLASS));
        assertTrue(statusBar.isVisible() && openRow.isVisible() && openRow.isManaged());
        assertTrue(openDataset.isVisible() && openDataset.isManaged());
        assertTrue(drawHint.isVisible() && drawHint.isManaged());
        assertEquals(PresentationViewModel.BASE_FONT_SIZE, title.getFont().getSize(), 0.01);
        assertFalse(stage.isFullScreen());
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        robot.release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
