package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.explore.AttributeVector;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.LatentAnalogy;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.ui.app.AppContext;
import org.vaeexplorer.ui.app.ExploreWindow;
import org.vaeexplorer.ui.common.I18n;

/**
 * Issue 33's Arithmetic view on the shipped 2-d VAE: two classes chosen on the tab give a histogram drawn in the two
 * groups' colours; its slider moves the shared point along the vector; an analogy's answer is the decoded
 * z_c + z_b - z_a and can become the point.
 */
@ExtendWith(ApplicationExtension.class)
class ArithmeticViewUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = ExploreWindow.show(stage, dir.resolve("runs"), 1280, 720);
        stage.getScene().getStylesheets().add(getClass().getResource("/org/vaeexplorer/ui/app/app.css")
                .toExternalForm());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theTabShowsTheHistogramOfTwoClassesAndItsSliderMovesThePoint(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, ExploreFixtures.SHIPPED, 90);
        select(robot, "arithmeticTab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#fromGroup").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Integer> from = robot.lookup("#fromGroup").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> to = robot.lookup("#toGroup").queryAs(ComboBox.class);
        robot.interact(() -> {
            from.setValue(1);
            to.setValue(7);
        });
        ArithmeticViewModel arithmetic = context.arithmetic();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> arithmetic.vector() != null
                && arithmetic.vector().from().value() == 1 && arithmetic.vector().to().value() == 7);
        WaitForAsyncUtils.waitForFxEvents();
        ProjectionHistogramView view = robot.lookup("#projectionHistogram").queryAs(ProjectionHistogramView.class);
        ArithmeticViewModel.Defined defined = arithmetic.definedProperty().get();
        assertSame(defined.histogram(), view.shown(), "the tab shows the view model's histogram");
        EncodedImages codes = context.explore().codesProperty().get();
        long ones = Arrays.stream(codes.labels()).filter(l -> l == 1).count();
        long sevens = Arrays.stream(codes.labels()).filter(l -> l == 7).count();
        assertEquals(ones, Arrays.stream(view.shown().from()).sum(), "every test 1 in the first histogram");
        assertEquals(sevens, Arrays.stream(view.shown().to()).sum(), "every test 7 in the second");
        assertTrue(view.shown().toMean() > view.shown().fromMean(), "the sevens project beyond the ones");
        int[] drawn = new int[2];
        robot.interact(() -> {
            WritableImage shot = view.snapshot(null, null);
            drawn[0] = pixelsNear(shot, LassoPlane.FROM);
            drawn[1] = pixelsNear(shot, LassoPlane.TO);
        });
        assertTrue(drawn[0] > 50 && drawn[1] > 50, "both groups' bars are drawn: " + Arrays.toString(drawn));
        String name = I18n.text("explore.arithmetic.defaultName", "1", "7");
        assertEquals(I18n.text("explore.arithmetic.histogramTitle", name),
                robot.lookup("#histogramTitle").queryAs(Label.class).getText());

        Slider along = robot.lookup("#alongVector").queryAs(Slider.class);
        long decodes = context.explore().point().decodesRequested();
        robot.interact(() -> along.setValue(1.0));
        AttributeVector v = arithmetic.vector();
        assertEquals(1.0, v.coordinate(context.explore().point().codeProperty().get()), 1e-4,
                "the slider put the shared point at the sevens' mean coordinate");
        assertEquals(1.0, arithmetic.positionProperty().get(), 1e-4);
        assertTrue(context.explore().point().decodesRequested() > decodes, "and the point was decoded again");
        robot.interact(() -> context.explore().history().undo());
        assertEquals(0, v.coordinate(context.explore().point().codeProperty().get()) - arithmetic.positionProperty()
                .get(), 1e-9, "the position follows an undo");
    }

    @Test
    void theAnalogysAnswerIsTheDecodedSumAndCanBecomeThePoint(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, ExploreFixtures.SHIPPED, 90);
        select(robot, "arithmeticTab");
        AnalogyViewModel analogy = context.arithmetic().analogy();
        robot.interact(() -> {
            analogy.aProperty().set(3);
            analogy.bProperty().set(2);
            analogy.cProperty().set(10);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> analogy.picturesProperty().get() != null
                && analogy.picturesProperty().get().analogy().equals(new LatentAnalogy(3, 2, 10)));
        AnalogyViewModel.Pictures p = analogy.picturesProperty().get();
        EncodedImages codes = context.explore().codesProperty().get();
        ExploreSession s = context.explore().sessionProperty().get();
        float[] z = new float[codes.dim()];
        for (int d = 0; d < z.length; d++) {
            z[d] = codes.mu(10, d) + codes.mu(2, d) - codes.mu(3, d);
        }
        assertArrayEquals(z, p.answerCode(), 1e-6f);
        float[] decoded = s.explorer().decode(LatentCodes.builder(s.spec(), 1).set(0, z, new int[0], 0).build());
        assertArrayEquals(decoded, p.answer().pixels(), 1e-6f, "the answer shown is z decoded");
        assertNotNull(robot.lookup("#analogyAnswer").queryAs(javafx.scene.image.ImageView.class).getImage());
        robot.clickOn("#goToAnswer");
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(z, context.explore().point().codeProperty().get(), 1e-6f, "the answer is the point");
    }

    @Test
    void aLassoDrawnOnTheViewsPlaneSelectsTheDotsInsideIt(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, ExploreFixtures.SHIPPED, 90);
        select(robot, "arithmeticTab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lassoPlane").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<org.vaeexplorer.explore.ImageGroup.Kind> kind = robot.lookup("#groupKind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(org.vaeexplorer.explore.ImageGroup.Kind.IMAGES));
        assertTrue(robot.lookup("#lassoFrom").queryAs(javafx.scene.control.Button.class).isVisible());
        LassoPlane lasso = robot.lookup("#lassoPlane").queryAs(LassoPlane.class);
        robot.clickOn("#lassoFrom");
        assertTrue(lasso.isLassoing());
        double half = 40;
        robot.moveTo(lasso).moveBy(-half, -half).press(MouseButton.PRIMARY).moveBy(2 * half, 0).moveBy(0, 2 * half)
                .moveBy(-2 * half, 0).moveBy(0, -2 * half).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        int[] chosen = context.arithmetic().groups().fromImagesProperty().get();
        PlaneTransform t = lasso.plane().transform();
        double cx = lasso.getWidth() / 2;
        double cy = lasso.getHeight() / 2;
        EncodedImages codes = context.explore().codesProperty().get();
        int xd = context.explore().point().xDimProperty().get();
        int yd = context.explore().point().yDimProperty().get();
        java.util.Set<Integer> selected = new java.util.HashSet<>();
        Arrays.stream(chosen).forEach(selected::add);
        int inside = 0;
        for (int i = 0; i < codes.count(); i++) {
            double sx = t.toScreenX(codes.mu(i, xd)) - cx;
            double sy = t.toScreenY(codes.mu(i, yd)) - cy;
            // A pixel or two of slack for where the robot's steps put the outline's corners.
            boolean clearlyIn = Math.abs(sx) < half - 2 && Math.abs(sy) < half - 2;
            boolean clearlyOut = Math.abs(sx) > half + 2 || Math.abs(sy) > half + 2;
            inside += clearlyIn ? 1 : 0;
            assertTrue(!clearlyIn || selected.contains(i), "image " + i + " inside the lasso is selected");
            assertTrue(!clearlyOut || !selected.contains(i), "image " + i + " outside the lasso is not");
        }
        assertTrue(inside > 10, "the lasso went around some dots: " + inside);
        assertEquals(I18n.text("explore.arithmetic.lassoFromButton", chosen.length),
                robot.lookup("#lassoFrom").queryAs(javafx.scene.control.Button.class).getText());
        assertTrue(!lasso.isLassoing(), "one lasso per click on the button");
    }

    @Test
    void aSpritesModelsVectorGoesBetweenTwoValuesOfAFactor(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, SpritesCheckpoint.tiny(dir), 90);
        select(robot, "arithmeticTab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#groupKind").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<org.vaeexplorer.explore.ImageGroup.Kind> kind = robot.lookup("#groupKind").queryAs(ComboBox.class);
        assertTrue(kind.getItems().contains(org.vaeexplorer.explore.ImageGroup.Kind.FACTOR), "offered with factors");
        robot.interact(() -> kind.setValue(org.vaeexplorer.explore.ImageGroup.Kind.FACTOR));
        var factors = context.explore().factors().known().orElseThrow();
        int x = factors.names().indexOf("x");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> factor = robot.lookup("#groupFactor").queryAs(ComboBox.class);
        robot.interact(() -> factor.setValue(x));
        int last = factors.sizes()[x] - 1;
        ArithmeticViewModel arithmetic = context.arithmetic();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> arithmetic.vector() != null
                && arithmetic.vector().from().factor() == x && arithmetic.vector().to().value() == last);
        ArithmeticViewModel.Defined d = arithmetic.definedProperty().get();
        int n = context.explore().codesProperty().get().count();
        long left = java.util.stream.IntStream.range(0, n).filter(i -> factors.values()[i][x] == 0).count();
        long right = java.util.stream.IntStream.range(0, n).filter(i -> factors.values()[i][x] == last).count();
        assertEquals(left, d.fromImages().length, "the sprites at the left edge");
        assertEquals(right, d.toImages().length, "the sprites at the right edge");
        assertEquals(left, Arrays.stream(d.histogram().from()).sum());
        assertEquals(right, Arrays.stream(d.histogram().to()).sum());
        @SuppressWarnings("unchecked")
        ComboBox<Integer> to = robot.lookup("#toGroup").queryAs(ComboBox.class);
        assertEquals(last + 1, to.getItems().size(), "one choice per position");
        assertEquals(I18n.text("explore.plane.factorValue", I18n.text("factor.x"), last + 1, last + 1),
                to.getConverter().toString(to.getValue()));
    }

    private static int pixelsNear(WritableImage image, Color colour) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = r.getColor(x, y);
                // The bars are drawn at 55% over white (and each other): the hue tells the groups apart.
                boolean sameHue = Math.abs(c.getHue() - colour.getHue()) < 12 && c.getSaturation() > 0.25;
                n += sameHue ? 1 : 0;
            }
        }
        return n;
    }

    private static void select(FxRobot robot, String id) {
        TabPane tabs = robot.lookup(".tab-pane").match((TabPane t) -> t.getTabs().stream()
                .anyMatch(x -> id.equals(x.getId()))).queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(x -> id.equals(x.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
    }
}
