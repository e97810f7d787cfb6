package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.ui.train.RunState;
import org.vaeexplorer.ui.train.TrainingRunViewModel;

@ExtendWith(ApplicationExtension.class)
class TrainRunUiTest {
    @TempDir
    static Path runs;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = new AppContext(runs);
        Parent root = VaeExplorerApp.loadMainWindow(context);
        stage.setScene(new Scene(root, 1280, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aShortRunFillsTheChartsAndFinishesThenASecondRunCancelsMidEpoch(FxRobot robot) throws Exception {
        TrainingRunViewModel run = context.train().run();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.train().dataset().dataProperty().get() != null);
        robot.interact(() -> {
            context.train().form().epochsProperty().set("1");
            context.train().form().trainLimitProperty().set("640");
        });
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> run.stateProperty().get() == RunState.RUNNING);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> run.stateProperty().get() == RunState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();

        LineChart<?, ?> loss = robot.lookup("#lossChart").queryAs(LineChart.class);
        assertTrue(loss.getData().get(0).getData().size() >= 5, "the loss chart received no points");
        assertEquals(1, loss.getData().get(3).getData().size(), "one test point per epoch");
        assertEquals(1.0, robot.lookup("#runProgress").queryAs(ProgressBar.class).getProgress(), 1e-9);
        Path folder = run.runFolderProperty().get();
        assertTrue(Files.exists(folder.resolve("best.vaex")) && Files.exists(folder.resolve("last.vaex")));

        robot.interact(() -> {
            context.train().form().trainLimitProperty().set("0");
            run.delayMillisProperty().set(20);
        });
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> run.epochProgressProperty().get() > 0.05);
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> run.stateProperty().get() == RunState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(run.messageProperty().get().startsWith("Cancelled during epoch 1"), run.messageProperty().get());
        assertTrue(run.epochProgressProperty().get() < 1.0, "cancel must stop mid-epoch");
        assertTrue(Files.exists(run.runFolderProperty().get().resolve("last.vaex")), "a cancelled run is saved");
    }
}
