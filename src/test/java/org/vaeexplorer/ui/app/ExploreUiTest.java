package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
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
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.ui.explore.ExploreFixtures;
import org.vaeexplorer.ui.explore.LatentPlane;

@ExtendWith(ApplicationExtension.class)
class ExploreUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = ExploreWindow.show(stage, dir.resolve("runs"), 1280, 860);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void draggingTheMarkerOverTheShippedModelChangesTheDecodedImage(FxRobot robot) throws Exception {
        robot.interact(() -> context.explore().open(ExploreFixtures.SHIPPED));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.explore().codesProperty().get() != null
                && context.explore().point().decodedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int[] before = pixels(robot);
        LatentPlane plane = robot.lookup("#latentPlane").queryAs(LatentPlane.class);
        robot.moveTo(plane).press(MouseButton.PRIMARY).moveBy(-120, -90).moveBy(-40, -30).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !java.util.Arrays.equals(before, pixels(robot)));
        float[] z = context.explore().point().codeProperty().get();
        assertTrue(z[0] < -0.5 && z[1] > 0.5, "dragged up and left: z = " + z[0] + ", " + z[1]);
        assertTrue(context.explore().mouseToPixels().count() > 0, "mouse-to-pixels latency was measured");

        float before0 = z[0];
        assertTrue(plane.isFocused(), "pressing on the plane focuses it; focus owner: "
                + plane.getScene().getFocusOwner());
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before0 + 0.1, context.explore().point().codeProperty().get()[0], 1e-4,
                "the right arrow nudges the point by 0.1");
    }

    @Test
    void aCvaeLabelAndAJointVaeCategoryChangeTheImage(FxRobot robot) throws Exception {
        Path cvae = ExploreFixtures.checkpoint(ModelKind.CVAE, dir);
        robot.interact(() -> context.explore().open(cvae));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#label-7").tryQuery().isPresent()
                && context.explore().point().decodedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int[] asZero = pixels(robot);
        robot.clickOn("#label-7");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !java.util.Arrays.equals(asZero, pixels(robot)));
        assertEquals(7, context.explore().point().labelProperty().get());

        Path joint = ExploreFixtures.checkpoint(ModelKind.JOINT_VAE, dir);
        robot.interact(() -> context.explore().open(joint));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#category-0-3").tryQuery().isPresent()
                && context.explore().point().decodedProperty().get() != null
                && context.explore().sessionProperty().get().spec().hasCategorical());
        WaitForAsyncUtils.waitForFxEvents();
        int[] category0 = pixels(robot);
        // Looked up and pressed in one FX event: the buttons are made anew when the test images' matching arrives,
        // and a button looked up from the test thread could be gone by the time the robot's click reaches it.
        robot.interact(() -> robot.lookup("#category-0-3").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !java.util.Arrays.equals(category0, pixels(robot)));
        assertEquals(3, context.explore().point().categoriesProperty().get()[0]);
        // The matching is computed on the explorer's worker after the test images are encoded: wait for it.
        robot.interact(() -> context.exploreView().orElseThrow().showView("clusters"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#confusion")
                .queryAs(javafx.scene.layout.GridPane.class).getChildren().isEmpty());
        // Matched, the buttons were made anew: each carries the digit it draws, its index small beside it, and the
        // category chosen before stays chosen.
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ToggleButton three = robot.lookup("#category-0-3")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertTrue(three.getGraphic() instanceof javafx.scene.control.Label index && index.getText().equals("c3"),
                String.valueOf(three.getGraphic()));
        assertTrue(three.isSelected());
        assertTrue(three.getTooltip().getText().startsWith("c3"), three.getTooltip().getText());
    }

    private static int[] pixels(FxRobot robot) {
        ImageView view = robot.lookup("#decodedImage").queryAs(ImageView.class);
        int[][] out = new int[1][];
        robot.interact(() -> {
            WritableImage img = (WritableImage) view.getImage();
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            out[0] = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out[0], 0, w);
        });
        return out[0];
    }
}
