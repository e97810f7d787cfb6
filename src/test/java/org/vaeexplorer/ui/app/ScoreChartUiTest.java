package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.train.RunState;
import org.vaeexplorer.ui.train.TrainingRunViewModel;

/**
 * Issue 32's metrics on the Train page: a run on sprites-small puts a Disentanglement tab beside the KL chart when
 * it starts and charts the four scores, one point per epoch, as the run's worker records them (the same figures as
 * its checkpoint's); before it, the page has no such tab. Writes target/snapshots/train-scores.png (1280x720).
 */
@ExtendWith(ApplicationExtension.class)
class ScoreChartUiTest {
    @TempDir
    static Path dir;
    private AppContext context;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        context = new AppContext(dir.resolve("runs"));
        context.mainWindow().showPage(Page.TRAIN);
        scene = new Scene(VaeExplorerApp.loadMainWindow(context), 1280, 720);
        scene.getStylesheets().add(VaeExplorerApp.resource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aSpritesRunChartsTheFourScoresPerEpoch(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#scoreChart").tryQuery().isEmpty(), "no run with factors: no scores tab");
        TrainingRunViewModel run = context.train().run();
        robot.interact(() -> context.train().dataset().select("sprites-small"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.train().dataset().dataProperty().get() != null
                && context.train().dataset().dataProperty().get().name().startsWith("sprites-small"));
        robot.interact(() -> {
            context.train().form().epochsProperty().set("2");
            context.train().form().trainLimitProperty().set("256");
        });
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> run.stateProperty().get() != RunState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#scoreChart").tryQuery().isPresent(), "the tab comes with the run's start");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> run.stateProperty().get() == RunState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();

        LineChart<?, ?> chart = robot.lookup("#scoreChart").queryAs(LineChart.class);
        assertEquals(List.of(I18n.text("train.series.score.mig"), I18n.text("train.series.score.factorvae_score"),
                I18n.text("train.series.score.betavae_score"), I18n.text("train.series.score.dci_disentanglement")),
                chart.getData().stream().map(XYChart.Series::getName).toList());
        List<EpochMetrics> saved = new CheckpointStore().load(run.runFolderProperty().get().resolve("last.vaex"))
                .manifest().metrics();
        List<String> names = List.copyOf(saved.get(0).scores().keySet());
        for (int s = 0; s < chart.getData().size(); s++) {
            var points = chart.getData().get(s).getData();
            assertEquals(2, points.size(), "one point per epoch");
            for (int e = 0; e < 2; e++) {
                assertEquals(e + 1, ((Number) points.get(e).getXValue()).intValue());
                assertEquals(saved.get(e).scores().get(names.get(s)), ((Number) points.get(e).getYValue())
                        .doubleValue(), 1e-12, "the chart shows what the checkpoint records");
            }
        }

        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        Path out = Path.of("target", "snapshots", "train-scores.png");
        Files.createDirectories(out.getParent());
        assertTrue(ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", out.toFile()));
        assertFalse(run.history().isEmpty());
    }
}
