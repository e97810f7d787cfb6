package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Models page shows a run as one row with its best and last checkpoints, its epochs folded (issue 27.9). */
@ExtendWith(ApplicationExtension.class)
class ModelsPageUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        Path run = Files.createDirectories(dir.resolve("runs/20261206-101010-vae"));
        for (String f : List.of("best.vaex", "last.vaex", "epoch-1.vaex", "epoch-2.vaex", "epoch-3.vaex")) {
            Files.copy(Path.of("models", "mnist-vae-2d.vaex"), run.resolve(f));
        }
        context = new AppContext(dir.resolve("runs"));
        context.mainWindow().showPage(Page.MODELS);
        stage.setScene(new Scene(VaeExplorerApp.loadMainWindow(context), 1280, 720));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aRunIsOneRowWithItsBestAndLastShownAndItsEpochsFolded(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TreeTableView<Object> table = robot.lookup("#modelsTable").queryAs(TreeTableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getRoot().getChildren().size() == 2);
        TreeItem<Object> shipped = table.getRoot().getChildren().get(0);
        TreeItem<Object> run = table.getRoot().getChildren().get(1);
        assertTrue(run.isExpanded());
        assertEquals(3, run.getChildren().size(), "best, last and the fold");
        TreeItem<Object> fold = run.getChildren().get(2);
        assertFalse(fold.isExpanded(), "the epochs are folded");
        assertEquals(3, fold.getChildren().size());
        int rows = table.getExpandedItemCount();
        assertEquals(shipped.getChildren().size() + 5, rows, "shipped group and files, the run, best, last, fold");

        Button delete = robot.lookup("#deleteModel").queryAs(Button.class);
        robot.interact(() -> table.getSelectionModel().select(run));
        assertFalse(delete.isDisabled(), "a run can be deleted");
        assertEquals(run.getValue(), context.models().selectedGroupProperty().get());
        robot.interact(() -> table.getSelectionModel().select(fold));
        assertTrue(delete.isDisabled(), "the fold of the epochs is no run: Delete must not take the run with it");
        robot.interact(() -> table.getSelectionModel().select(shipped));
        assertTrue(delete.isDisabled(), "the shipped checkpoints cannot");
    }
}
