package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.ui.common.I18n;

/**
 * The engine's own sentences reach a Chinese window in Chinese (issue 29): a model rule the form breaks, the
 * reason a run diverged with its advice, and a resume the run service refuses. The engine words them in English
 * for the command line.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseEngineMessagesUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        context = new AppContext(dir.resolve("runs"));
        context.mainWindow().showPage(Page.TRAIN);
        stage.setScene(new Scene(VaeExplorerApp.loadMainWindow(context), 1280, 720));
        stage.show();
    }

    @AfterEach
    void close() {
        // The UI language is global: later tests in this JVM expect English.
        I18n.setLocale(Locale.ENGLISH);
        context.close();
    }

    @Test
    void aBrokenModelRuleAndADivergedRunAreSaidInChinese(FxRobot robot) throws Exception {
        var form = context.train().form();
        // The dataset's arrival applies the kind's defaults to the form again: set the fields after it.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> context.train().dataset().dataProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            form.kindProperty().set(ModelKind.named("joint-vae"));
            form.applyDefaults(ModelKind.named("joint-vae"));
            form.latentProperty().set("0");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("联合容量目标同时需要连续隐变量和离散隐变量",
                robot.lookup("#formErrors").queryAs(Label.class).getText());

        // Learned pixel variances at a learning rate of 1 diverge in the first epoch (as CliDivergenceTest's run).
        robot.interact(() -> {
            form.kindProperty().set(ModelKind.first());
            form.applyDefaults(ModelKind.first());
            form.likelihoodProperty().set(Likelihood.GAUSSIAN_LEARNED);
            form.learningRateProperty().set("1");
            form.epochsProperty().set("2");
            form.trainLimitProperty().set("300");
        });
        robot.interact(() -> context.train().start());
        Label error = robot.lookup("#runError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> error.getText() != null && !error.getText().isEmpty());
        assertTrue(error.getText().contains("训练已停止") && error.getText().contains("学到的像素方差"),
                error.getText());

        // A run refused: the shipped models are saved for exploring, without the optimiser's state to resume.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.train().run().canStart().get());
        robot.interact(() -> context.train().resumeFrom(Path.of("models/mnist-vae-2d.vaex")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> error.getText().contains("mnist-vae-2d.vaex"));
        assertTrue(error.getText().contains("此检查点保存时没有优化器状态"), error.getText());
    }
}
