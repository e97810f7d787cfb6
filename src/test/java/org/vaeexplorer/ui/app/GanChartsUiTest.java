package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.train.RunState;
import org.vaeexplorer.ui.train.TrainingRunViewModel;

/**
 * A CVAE-GAN run on the Train page puts a Players tab in the lower-left cell: the discriminator's, generator's and
 * classifier's losses and D's mean output on real and on generated images, named from the bundle, a point per batch;
 * before the run there is no such tab. Run in Chinese (the language is set before the window is built) and writes
 * target/snapshots/train-gan-zh.png; GanChartsEnglishUiTest does the same in English.
 */
@ExtendWith(ApplicationExtension.class)
class GanChartsUiTest {
    @TempDir
    static Path dir;
    private AppContext context;
    private Scene scene;

    /** The window's language: overridden by the English twin. */
    Locale locale() {
        return Locale.SIMPLIFIED_CHINESE;
    }

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(locale());
        context = new AppContext(dir.resolve("runs"));
        context.mainWindow().showPage(Page.TRAIN);
        scene = new Scene(VaeExplorerApp.loadMainWindow(context), 1280, 720);
        scene.getStylesheets().add(VaeExplorerApp.resource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        I18n.setLocale(Locale.ENGLISH);
        context.close();
    }

    @Test
    void aCvaeGanRunChartsItsPlayers(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#playersLossChart").tryQuery().isEmpty(), "no GAN run yet: no players' tab");
        TrainingRunViewModel run = context.train().run();
        robot.interact(() -> {
            context.train().form().kindProperty().set(ModelKind.named("cvae-gan"));
            context.train().form().epochsProperty().set("1");
            context.train().form().trainLimitProperty().set("640");
        });
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(400, TimeUnit.SECONDS, () -> run.stateProperty().get() == RunState.IDLE
                && !run.history().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        LineChart<?, ?> losses = robot.lookup("#playersLossChart").queryAs(LineChart.class);
        LineChart<?, ?> outputs = robot.lookup("#playersOutputChart").queryAs(LineChart.class);
        assertEquals(List.of(I18n.text("train.series.gan_loss_d"), I18n.text("train.series.gan_loss_g"),
                I18n.text("train.series.gan_loss_c")), losses.getData().stream().map(XYChart.Series::getName)
                .toList());
        assertEquals(List.of(I18n.text("train.series.gan_d_real"), I18n.text("train.series.gan_d_generated")),
                outputs.getData().stream().map(XYChart.Series::getName).toList());
        for (var series : outputs.getData()) {
            assertTrue(series.getData().size() >= 5, "a point per batch: " + series.getData().size());
            for (var point : series.getData()) {
                double d = ((Number) point.getYValue()).doubleValue();
                assertTrue(d > 0 && d < 1, "D's mean output is a probability: " + d);
            }
        }

        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        Path out = Path.of("target", "snapshots", "train-gan-" + locale().getLanguage() + ".png");
        Files.createDirectories(out.getParent());
        assertTrue(ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", out.toFile()));
        assertFalse(run.history().isEmpty());
    }
}
