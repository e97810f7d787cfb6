package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
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

/**
 * beta-TCVAE is offered in the Train page's kind list under its bundle name and, once picked with the mouse, shows
 * its beta row with the family's default (the app's --snapshot cannot pick a kind, so this test writes the picture:
 * target/snapshots/train-beta-tcvae.png, 1280x720).
 */
@ExtendWith(ApplicationExtension.class)
class BetaTcVaeOnTrainPageUiTest {
    @TempDir
    static Path dir;
    private AppContext context;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        context = new AppContext(dir.resolve("runs"));
        context.mainWindow().showPage(Page.TRAIN);
        scene = new Scene(VaeExplorerApp.loadMainWindow(context));
        scene.getStylesheets().add(VaeExplorerApp.resource("app.css").toExternalForm());
        new MainStage(new WindowStateStore(dir.resolve("window.properties"))).place(stage, scene,
                List.of(new WindowPlacement.Bounds(0, 0, 1280, 720)));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theKindIsPickedFromTheListAndShowsItsBeta(FxRobot robot) throws Exception {
        robot.clickOn("#kind");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(I18n.text("kind.BETA_TCVAE"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ModelKind.named("beta-tcvae"), context.train().form().kindProperty().get());
        TextField beta = robot.lookup("#beta").queryAs(TextField.class);
        assertTrue(beta.isVisible(), "the beta row is shown");
        assertEquals(6.0, Double.parseDouble(beta.getText()), "the family's default beta");

        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        Path out = Path.of("target", "snapshots", "train-beta-tcvae.png");
        Files.createDirectories(out.getParent());
        assertTrue(ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", out.toFile()));
    }
}
