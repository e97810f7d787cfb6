package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ListCell;
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
import org.vaeexplorer.ui.train.TrainingRunViewModel;

/** The Train page in a window placed as the app places it on a 1280x720 screen. */
@ExtendWith(ApplicationExtension.class)
class TrainPageUiTest {
    @TempDir
    static Path dir;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        context = new AppContext(dir.resolve("runs"));
        Scene scene = new Scene(VaeExplorerApp.loadMainWindow(context));
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
    void at1280x720StartAndEveryPageTabLieInsideTheWindow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getHeight() <= 720 && stage.getY() >= 0, "window " + stage.getY() + " + " + stage.getHeight());
        assertInside(robot.lookup("#startButton").query(), "Start");
        assertInside(robot.lookup("#cancelButton").query(), "Cancel");
        List<Node> tabs = List.copyOf(robot.lookup(".pages > .tab-header-area .tab").queryAll());
        assertEquals(3, tabs.size());
        for (Node tab : tabs) {
            assertInside(tab, "page tab");
        }
    }

    @Test
    void classesTypedAndConfirmedWithEnterSelectTheData(FxRobot robot) throws Exception {
        var dataset = context.train().dataset();
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> dataset.dataProperty().get() != null);
        robot.clickOn("#datasetClasses").write("3").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> dataset.dataProperty().get() != null
                        && dataset.dataProperty().get().train().numClasses() == 1);
        assertEquals("mnist:3", dataset.sourceKey());
        assertEquals(List.of("3"), dataset.dataProperty().get().train().classNames());
    }

    @Test
    void kindAndLikelihoodShowHumanNames(FxRobot robot) {
        robot.interact(() -> {
            context.train().form().kindProperty().set(ModelKind.CONV_VAE);
            context.train().form().likelihoodProperty().set(Likelihood.BERNOULLI);
        });
        assertEquals("Convolutional VAE", shown(robot, "#kind"));
        assertEquals("Bernoulli", shown(robot, "#likelihood"));
        robot.interact(() -> context.train().form().kindProperty().set(ModelKind.JOINT_VAE));
        assertEquals("Joint VAE", shown(robot, "#kind"));
    }

    @Test
    void klPerDimensionStartsFromZeroAndShowsAtLeastOneNat(FxRobot robot) {
        TrainingRunViewModel run = context.train().run();
        BarChart<?, ?> chart = robot.lookup("#klChart").queryAs(BarChart.class);
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        robot.interact(() -> {
            run.klPerDimProperty().set(new float[] {0.0055f, 0.001f, 0.0002f});
            run.chartVersionProperty().set(run.chartVersionProperty().get() + 1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, axis.getLowerBound());
        assertTrue(axis.getUpperBound() >= 1, "collapsed dimensions must look empty: top " + axis.getUpperBound());
        robot.interact(() -> {
            run.klPerDimProperty().set(new float[] {3.2f, 0.1f, 0f});
            run.chartVersionProperty().set(run.chartVersionProperty().get() + 1);
        });
        assertTrue(axis.getUpperBound() >= 3.2, "the axis grows with the data: top " + axis.getUpperBound());
    }

    private static String shown(FxRobot robot, String combo) {
        WaitForAsyncUtils.waitForFxEvents();
        // The skin's button cell: what the closed combo box shows.
        javafx.scene.control.ComboBox<?> box = robot.lookup(combo).queryAs(javafx.scene.control.ComboBox.class);
        return box.getChildrenUnmodifiable().stream().filter(n -> n instanceof ListCell).map(n -> ((ListCell<?>) n)
                .getText()).findFirst().orElseThrow();
    }

    private void assertInside(Node node, String what) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        assertTrue(node.isVisible() && b.getMinX() >= stage.getX() && b.getMinY() >= stage.getY()
                && b.getMaxX() <= stage.getX() + stage.getWidth() && b.getMaxY() <= stage.getY() + stage.getHeight(),
                what + " at " + b + " outside the window " + stage.getX() + "," + stage.getY() + " "
                        + stage.getWidth() + "x" + stage.getHeight());
    }
}
