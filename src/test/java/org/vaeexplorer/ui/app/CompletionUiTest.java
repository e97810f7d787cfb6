package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.checkpoint.Manifests;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.RunControl;
import org.vaeexplorer.training.Trainer;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * The completion view of a structured-output CVAE: toggling a quadrant changes the completions. (That a redraw
 * draws other completions is DigitCompleterTest's: after one epoch on 512 images the generation net barely uses z.)
 */
@ExtendWith(ApplicationExtension.class)
class CompletionUiTest {
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
    void togglingAQuadrantAndRedrawingChangeTheCompletions(FxRobot robot) throws Exception {
        Path scvae = smallCheckpoint();
        robot.interact(() -> context.explore().open(scvae));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> image(robot, "#completionSamples") != null);
        WaitForAsyncUtils.waitForFxEvents();
        Tab tab = robot.lookup(".tab-pane").match((TabPane t) -> t.getTabs().stream()
                .anyMatch(x -> "completionTab".equals(x.getId()))).queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem();
        assertEquals("completionTab", tab.getId(), "a structured-output CVAE opens on its completions");
        assertFalse(tab.isDisable());

        int[] before = image(robot, "#completionSamples");
        int[] visibleBefore = image(robot, "#completionVisible");
        ToggleButton topRight = robot.lookup("#quadrant1").queryAs(ToggleButton.class);
        assertFalse(topRight.isSelected(), "Pyro's one-quadrant mask to start: the bottom-left");
        robot.clickOn("#quadrant1");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !Arrays.equals(before, image(robot, "#completionSamples")));
        assertTrue(topRight.isSelected());
        assertFalse(Arrays.equals(visibleBefore, image(robot, "#completionVisible")), "more of the digit is shown");

    }

    /** A small structured-output CVAE (64 hidden units, 8 latent dimensions) after one epoch on 512 images. */
    private static Path smallCheckpoint() throws Exception {
        var data = TrainingFixtures.mnist();
        VaeModel model = VaeModel.create(ModelSpecBuilder.of(ModelKind.SCVAE).hidden(List.of(64)).latent(8).build(),
                5, 1e-3);
        TrainingSettings settings = TrainingFixtures.small(1, 512, 500);
        TrainingState state = new TrainingState();
        new Trainer(new RunControl(), new TrainingListener() { }).train(model, data, state, settings);
        Path file = dir.resolve("scvae.vaex");
        new CheckpointStore().save(file, Manifests.of(model.spec(), DatasetInfo.of(data, "mnist",
                settings.scaling()), settings, state, "test"), model);
        return file;
    }

    /** The pixels of an ImageView's image, or null before it has one. */
    private static int[] image(FxRobot robot, String id) {
        // The completion view is built when its tab is first selected (on opening such a model).
        java.util.Optional<ImageView> found = robot.lookup(id).tryQuery();
        if (found.isEmpty()) {
            return null;
        }
        ImageView view = found.get();
        int[][] out = new int[1][];
        robot.interact(() -> {
            if (view.getImage() instanceof WritableImage img) {
                int w = (int) img.getWidth();
                int h = (int) img.getHeight();
                out[0] = new int[w * h];
                img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out[0], 0, w);
            }
        });
        return out[0];
    }
}
