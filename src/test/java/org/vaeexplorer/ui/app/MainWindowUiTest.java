package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = new AppContext();
        Parent root = VaeExplorerApp.loadMainWindow(context);
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void showsTheSampleGridOfTheDefaultDataset(FxRobot robot) throws Exception {
        TilePane grid = robot.lookup("#sampleGrid").queryAs(TilePane.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> grid.getChildren().size() == 40);
        assertEquals(40, grid.getChildren().size());
    }

    @Test
    void switchesPagesByClickAndByShortcut(FxRobot robot) {
        TabPane pages = robot.lookup(".pages").queryAs(TabPane.class);
        assertEquals(Page.TRAIN, context.mainWindow().pageProperty().get());

        robot.clickOn("Explore");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.EXPLORE, context.mainWindow().pageProperty().get());
        assertTrue(robot.lookup("#explorePage").query().isVisible());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, pages.getSelectionModel().getSelectedIndex());
        assertEquals(Page.MODELS, context.mainWindow().pageProperty().get());

        robot.interact(() -> context.mainWindow().showPage(Page.TRAIN));
        assertEquals(0, pages.getSelectionModel().getSelectedIndex());
    }
}
