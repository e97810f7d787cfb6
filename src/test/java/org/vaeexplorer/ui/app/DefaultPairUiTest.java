package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import org.vaeexplorer.ui.explore.MnistCheckpoints;
import org.vaeexplorer.ui.explore.PairViewModel;

/**
 * The default pair (issue 30): a models folder holding a CVAE and a CVAE-GAN of MNIST (the shipped CVAE, and a small
 * CVAE-GAN under a name that says nothing of its kind) opens them side by side by itself, and one drag over the plane
 * moves both pictures to the same z and label, each its own model's decode there.
 */
@ExtendWith(ApplicationExtension.class)
class DefaultPairUiTest {
    @TempDir
    static Path dir;
    private static String modelsBefore;
    private static Path models;
    private AppContext context;

    @BeforeAll
    static void standInModels() throws Exception {
        models = Files.createDirectories(dir.resolve("models"));
        Files.copy(Path.of("models", "mnist-cvae-2d.vaex"), models.resolve("mnist-cvae-2d.vaex"));
        Files.copy(Path.of("models", "mnist-vae-2d.vaex"), models.resolve("mnist-vae-2d.vaex"));
        MnistCheckpoints.cvaeGan(models, "sharper.vaex");
        modelsBefore = System.getProperty("vae.models");
        System.setProperty("vae.models", models.toString());
    }

    @AfterAll
    static void restore() {
        if (modelsBefore == null) {
            System.clearProperty("vae.models");
        } else {
            System.setProperty("vae.models", modelsBefore);
        }
    }

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
    void theCvaeOpensBesideTheCvaeGanAndBothFollowOneDrag(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, models.resolve("mnist-cvae-2d.vaex"), 60);
        PairViewModel pair = context.pair();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pair.decodedProperty().get() != null);
        assertEquals("sharper.vaex", pair.chosenProperty().get().getFileName().toString(),
                "the CVAE-GAN, chosen by its kind, not the VAE of the same folder: " + pair.choices());
        @SuppressWarnings("unchecked")
        ComboBox<Path> choice = robot.lookup("#pairChoice").queryAs(ComboBox.class);
        assertEquals(pair.chosenProperty().get(), choice.getValue(), "the picker shows the pair it opened");

        robot.interact(() -> context.explore().point().labelProperty().set(7));
        LatentPlane plane = robot.lookup("#latentPlane").queryAs(LatentPlane.class);
        float[] before = context.explore().point().codeProperty().get().clone();
        robot.moveTo(plane).press(MouseButton.PRIMARY).moveBy(90, -60).moveBy(30, -20).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Arrays.equals(before,
                context.explore().point().codeProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        float[] z = context.explore().point().codeProperty().get().clone();
        float[] first = decodeAt(context.explore().sessionProperty().get().explorer(), z, 7);
        float[] second = decodeAt(pair.partnerProperty().get(), z, 7);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                Arrays.equals(first, context.explore().point().decodedProperty().get().image().pixels())
                        && Arrays.equals(second, pair.decodedProperty().get().image().pixels()));
        assertArrayEquals(second, pair.decodedProperty().get().image().pixels(), "the CVAE-GAN at the same z, label 7");
        assertFalse(Arrays.equals(first, second), "two models, two pictures");
        assertFalse(Arrays.equals(second, decodeAt(pair.partnerProperty().get(), before, 7)),
                "the CVAE-GAN's picture moved with the drag");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#pairFirstImage", "#pairSecondImage", "#pairFirstAnalogy",
                "#pairSecondAnalogy"}) {
            ImageView shown = robot.lookup(id).queryAs(ImageView.class);
            assertNotNull(shown.getImage(), id);
            for (javafx.scene.Node n = shown.getParent(); n != null; n = n.getParent()) {
                assertTrue(n.isVisible(), id + " is shown: " + n + " is hidden");
            }
        }
        assertTrue(robot.lookup("#pairAnalogyCaption").query().isVisible(), "the caption over both analogy rows");
    }

    @Test
    void aSessionKeepsThePairChosenAndOpensWithItRatherThanTheDefault(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, models.resolve("mnist-cvae-2d.vaex"), 60);
        PairViewModel pair = context.pair();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pair.chosenProperty().get() != null);
        Path vae = pair.choices().stream().filter(p -> p.getFileName().toString().equals("mnist-vae-2d.vaex"))
                .findFirst().orElseThrow();
        robot.interact(() -> pair.chosenProperty().set(vae));
        Path session = dir.resolve("pair" + SessionFormat.EXTENSION);
        robot.interact(() -> assertTrue(context.sessions().save(session)));
        assertEquals("models/mnist-vae-2d.vaex", SessionFormat.read(session).pair());

        robot.interact(() -> pair.chosenProperty().set(null));
        robot.interact(() -> assertTrue(context.sessions().open(session)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pair.partnerProperty().get() != null
                && !context.explore().busyProperty().get());
        assertEquals(vae.toAbsolutePath(), pair.chosenProperty().get().toAbsolutePath(),
                "the session's VAE beside the CVAE, not the CVAE-GAN it would open beside by itself");
    }

    private static float[] decodeAt(LatentExplorer explorer, float[] z, int label) {
        ModelSpec spec = explorer.spec();
        float[] pixels = explorer.decode(LatentPictures.pointWithAnalogy(spec, z, new int[0], label));
        return ImageTiles.one(pixels, 0, spec.rows(), spec.cols(), spec.channels());
    }
}
