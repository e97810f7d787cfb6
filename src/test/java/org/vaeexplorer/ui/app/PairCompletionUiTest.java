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
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
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
import org.vaeexplorer.explore.DigitCompleter;
import org.vaeexplorer.explore.ImageTiles;
import org.vaeexplorer.explore.LatentExplorer;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.explore.CompletionViewModel;
import org.vaeexplorer.ui.explore.DrawnDigit;
import org.vaeexplorer.ui.explore.MnistCheckpoints;
import org.vaeexplorer.ui.explore.PairCompletionViewModel;
import org.vaeexplorer.ui.explore.PairViewModel;

/**
 * The structured-output CVAE in the pair (issue 30): with a second structured-output CVAE beside it, the Completion
 * tab's test digit with its given quadrants and the Draw tab's drawn part are completed by both, the second model's
 * completions being its own of the very same visible part; with a VAE beside it, the tab says in one line why the VAE
 * is not given the part. Two small untrained structured-output CVAEs of MNIST stand in, in a models folder of the
 * test's own ({@code vae.models}).
 */
@ExtendWith(ApplicationExtension.class)
class PairCompletionUiTest {
    @TempDir
    static Path dir;
    private static String modelsBefore;
    private static Path models;
    private AppContext context;

    @BeforeAll
    static void standInModels() throws Exception {
        models = Files.createDirectories(dir.resolve("models"));
        MnistCheckpoints.scvae(models, "scvae-a.vaex", 4, 3);
        MnistCheckpoints.scvae(models, "scvae-b.vaex", 6, 4);
        Files.copy(Path.of("models", "mnist-vae-2d.vaex"), models.resolve("mnist-vae-2d.vaex"));
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
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void bothStructuredModelsCompleteTheSameVisiblePartAndAVaeBesideOneSaysWhyNot(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, models.resolve("scvae-a.vaex"), 60);
        PairViewModel pair = context.pair();
        PairCompletionViewModel completions = context.pairCompletion();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pair.choices().size() == 2);
        assertEquals(null, pair.chosenProperty().get(), "two structured-output CVAEs are not a default pair");
        Path b = choice(pair, "scvae-b.vaex");
        robot.interact(() -> pair.chosenProperty().set(b));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pair.partnerProperty().get() != null);

        assertSameVisiblePart(robot, pair, completions);
        ImageView shown = robot.lookup("#completionPairSamples").queryAs(ImageView.class);
        assertNotNull(shown.getImage());
        assertShown(shown);
        assertTrue(robot.lookup("#completionPair").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains("scvae-b.vaex")), "named");
        assertFalse(robot.lookup("#completionPairWhyNot").query().isVisible());

        GreyImage before = completions.completedProperty().get();
        robot.clickOn("#quadrant1");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> completions.completedProperty().get() != before);
        assertSameVisiblePart(robot, pair, completions);

        robot.interact(() -> {
            context.draw().beginStroke(0.3, 0.2);
            context.draw().extendStroke(0.5, 0.5);
            context.draw().extendStroke(0.4, 0.8);
            context.draw().endStroke();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.draw().isUpToDate()
                && completions.drawnProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        DrawnDigit d = context.draw().resultProperty().get();
        GreyImage expected = tiles(pair.partnerProperty().get().complete(d.input().pixels(),
                d.completion().givenQuadrants(), 8, 1), 4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Arrays.equals(expected.pixels(),
                completions.drawnProperty().get().pixels()));

        Path vae = choice(pair, "mnist-vae-2d.vaex");
        robot.interact(() -> pair.chosenProperty().set(vae));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pair.partnerProperty().get() != null
                && completions.completedProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        Label why = robot.lookup("#completionPairWhyNot").queryAs(Label.class);
        assertEquals(I18n.text("explore.pair.noVisiblePart", "mnist-vae-2d.vaex"), why.getText());
        assertShown(why);
        assertFalse(why.getText().contains("\n"), "one line");
        assertFalse(robot.lookup("#completionPair").query().isVisible(), "no completions of the VAE");
    }

    /** The second model's completions equal its own of the test digit and quadrants the explored model was given. */
    private void assertSameVisiblePart(FxRobot robot, PairViewModel pair, PairCompletionViewModel completions)
            throws Exception {
        CompletionViewModel completion = context.completion();
        boolean[] given = new boolean[4];
        for (int q = 0; q < 4; q++) {
            given[q] = completion.givenProperty(q).get();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> completion.picturesProperty().get() != null
                && completions.completedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        CompletionViewModel.Pictures p = completion.picturesProperty().get();
        LatentExplorer partner = pair.partnerProperty().get();
        DigitCompleter.Completion c = partner.complete(p.original().pixels(), given, 16, p.seed());
        GreyImage expected = tiles(c, 4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Arrays.equals(expected.pixels(),
                completions.completedProperty().get().pixels()));
        assertArrayEquals(expected.pixels(), completions.completedProperty().get().pixels());
        int hidden = 0;
        float[] visible = c.visible();
        for (int i = 0; i < visible.length; i++) {
            if (!Float.isNaN(visible[i])) {
                assertEquals(p.original().pixels()[i], c.samples()[i], 0f, "a given pixel is kept as it is");
            } else {
                hidden++;
            }
        }
        assertTrue(hidden > 0, "something to complete");
    }

    private static GreyImage tiles(DigitCompleter.Completion c, int columns) {
        ImageTiles t = ImageTiles.of(c.samples(), c.count(), columns, c.rows(), c.cols());
        return new GreyImage(t.rows(), t.cols(), t.pixels());
    }

    private static Path choice(PairViewModel pair, String name) {
        return pair.choices().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not offered: " + pair.choices()));
    }

    private static void assertShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            assertTrue(n.isVisible(), node.getId() + " is shown: " + n + " is hidden");
        }
    }
}
