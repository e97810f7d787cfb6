package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
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
import org.vaeexplorer.ui.explore.ExploreFixtures;
import org.vaeexplorer.ui.explore.LatentPlane;

/** Issue 33: a drag on the plane is one undo step; Ctrl+Z puts the point back, Ctrl+Shift+Z and Ctrl+Y redo. */
@ExtendWith(ApplicationExtension.class)
class UndoUiTest {
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

    @Test
    void aDragIsUndoneByOneCtrlZAndRedoneByCtrlShiftZOrCtrlY(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, ExploreFixtures.SHIPPED, 60);
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem undo = item(robot, "undoItem");
        assertTrue(undo.isDisable(), "nothing to undo after opening");
        float[] start = code();
        LatentPlane plane = robot.lookup("#latentPlane").queryAs(LatentPlane.class);
        robot.moveTo(plane).press(MouseButton.PRIMARY).moveBy(-60, -40).moveBy(-60, -40).moveBy(-40, -30)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        float[] dragged = code();
        assertFalse(java.util.Arrays.equals(start, dragged), "the drag moved the point");
        assertFalse(undo.isDisable(), "the drag can be undone");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(start, code(), "one Ctrl+Z undoes the whole drag");
        assertTrue(undo.isDisable(), "the drag was one step");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(dragged, code(), "Ctrl+Shift+Z redoes it");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(dragged, code(), "Ctrl+Y redoes too");
    }

    private float[] code() {
        return context.explore().point().codeProperty().get().clone();
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu edit = bar.getMenus().stream().filter(m -> "editMenu".equals(m.getId())).findFirst().orElseThrow();
        return edit.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
