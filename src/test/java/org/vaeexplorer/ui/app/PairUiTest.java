package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
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
import org.vaeexplorer.explore.ImageTiles;
import org.vaeexplorer.explore.LatentExplorer;
import org.vaeexplorer.explore.LatentPictures;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.ui.explore.LatentPlane;
import org.vaeexplorer.ui.explore.PairViewModel;

/**
 * Two models side by side: with a second MNIST checkpoint chosen beside the explored one, one drag over the plane
 * moves both pictures to the same z (each the image its own model decodes there), and the grid tab shows both grids.
 */
@ExtendWith(ApplicationExtension.class)
class PairUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = ExploreWindow.show(stage, dir.resolve("runs"), 1280, 720);
        stage.getScene().getStylesheets().add(VaeExplorerApp.resource("app.css").toExternalForm());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void bothModelsFollowOneDrag(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, Path.of("models", "mnist-vae-2d.vaex"), 60);
        PairViewModel pair = context.pair();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pair.choices().stream()
                .anyMatch(p -> p.getFileName().toString().equals("mnist-conv-vae-2d.vaex")));
        assertTrue(pair.choices().stream().noneMatch(p -> p.getFileName().toString().equals("mnist-vae-2d.vaex")
                || p.getFileName().toString().startsWith("fashion") || p.getFileName().toString().contains("scvae")),
                "only other checkpoints of MNIST that sample freely: " + pair.choices());
        @SuppressWarnings("unchecked")
        ComboBox<Path> choice = robot.lookup("#pairChoice").queryAs(ComboBox.class);
        Path conv = pair.choices().stream().filter(p -> p.getFileName().toString().equals("mnist-conv-vae-2d.vaex"))
                .findFirst().orElseThrow();
        robot.interact(() -> choice.setValue(conv));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pair.decodedProperty().get() != null);

        LatentPlane plane = robot.lookup("#latentPlane").queryAs(LatentPlane.class);
        float[] before = context.explore().point().codeProperty().get().clone();
        robot.moveTo(plane).press(MouseButton.PRIMARY).moveBy(-100, -80).moveBy(-40, -30).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Arrays.equals(before,
                context.explore().point().codeProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        float[] z = context.explore().point().codeProperty().get().clone();
        float[] first = decodeAt(context.explore().sessionProperty().get().explorer(), z);
        float[] second = decodeAt(pair.partnerProperty().get(), z);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                Arrays.equals(first, context.explore().point().decodedProperty().get().image().pixels())
                        && Arrays.equals(second, pair.decodedProperty().get().image().pixels()));
        assertArrayEquals(second, pair.decodedProperty().get().image().pixels(), "the second model at the same z");
        assertTrue(!Arrays.equals(first, second), "two models, two pictures");
        WaitForAsyncUtils.waitForFxEvents();
        ImageView shown = robot.lookup("#pairSecondImage").queryAs(ImageView.class);
        assertNotNull(shown.getImage(), "the second model's picture is on screen");
        // The FittedImage draws the image view's picture itself (the view is kept hidden): it and its parents show.
        for (javafx.scene.Node n = shown.getParent(); n != null; n = n.getParent()) {
            assertTrue(n.isVisible(), "the pair is shown: " + n + " is hidden");
        }
        assertNotNull(robot.lookup("#pairFirstImage").queryAs(ImageView.class).getImage(),
                "the explored model's picture beside it");
        assertTrue(!robot.lookup("#pairAnalogyCaption").query().isVisible(),
                "two models without labels: no caption over analogy rows neither has");

        TabPane tabs = robot.lookup(".tab-pane").match((TabPane t) -> t.getTabs().stream()
                .anyMatch(x -> "gridTab".equals(x.getId()))).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(x -> "gridTab".equals(x.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pair.gridProperty().get() != null
                && robot.lookup("#pairGridImage").tryQuery().isPresent()
                && robot.lookup("#pairGridImage").queryAs(ImageView.class).getImage() != null);
        for (javafx.scene.Node n = robot.lookup("#pairGridImage").query().getParent(); n != null; n = n.getParent()) {
            assertTrue(n.isVisible(), "both grids side by side: " + n + " is hidden");
        }
    }

    private static float[] decodeAt(LatentExplorer explorer, float[] z) {
        ModelSpec spec = explorer.spec();
        float[] pixels = explorer.decode(LatentPictures.pointWithAnalogy(spec, z, new int[0], 0));
        return ImageTiles.one(pixels, 0, spec.rows(), spec.cols(), spec.channels());
    }
}
