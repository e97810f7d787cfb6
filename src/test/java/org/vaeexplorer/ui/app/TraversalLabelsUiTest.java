package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.ui.common.I18n;

/**
 * Issue 27, defects 6 and 7 on screen: the traversal's rows are named by dimension and category, its columns by
 * value, and the dimension picker shows each dimension's average KL.
 */
@ExtendWith(ApplicationExtension.class)
class TraversalLabelsUiTest {
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
    void aJointVaesTraversalNamesItsRowsAndColumnsAndItsPickerShowsTheKl(FxRobot robot) throws Exception {
        ExploreWindow.open(robot, context, Path.of("models", "mnist-joint-vae.vaex"), 60);
        TabPane tabs = robot.lookup(".tab-pane").match((TabPane t) -> t.getTabs().stream()
                .anyMatch(x -> "traversalTab".equals(x.getId()))).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(x -> "traversalTab".equals(x.getId())).findFirst().orElseThrow()));
        EncodedImages codes = context.explore().codesProperty().get();
        int most = codes.dimensionsByKl()[0];
        String z = Integer.toString(most + 1);
        // Looked up on the FX thread: a lookup from this thread raced the rows being built (IndexOutOfBounds).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup(".traversal-row").queryAll().size() == 10
                        && rowTexts(robot).get(0).startsWith("z" + z + " · c0")).get());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> rows = rowTexts(robot);
        for (int k = 0; k < 10; k++) {
            assertTrue(rows.get(k).startsWith("z" + z + " · c" + k), "row " + k + " is named: " + rows.get(k));
        }
        List<Label> columns = robot.lookup(".traversal-column").queryAllAs(Label.class).stream().toList();
        assertEquals(10, columns.size());
        assertEquals("-2.0", columns.get(0).getText());
        assertEquals("+2.0", columns.get(9).getText());
        assertTrue(columns.get(0).isVisible() && columns.get(9).isVisible(), "both ends of the range are shown");

        // The names sit beside their rows: left of the image, top to bottom within its height.
        Node image = robot.lookup("#traversalImage").query();
        Bounds picture = screen(robot.lookup("#traversalGrid").query()
                .lookup(".fitted-image").lookupAll(".image-view").stream().filter(Node::isVisible)
                .filter(n -> n != image).findFirst().orElse(image));
        List<Label> labels = robot.lookup(".traversal-row").queryAllAs(Label.class).stream().toList();
        double previous = Double.NEGATIVE_INFINITY;
        for (Label l : labels) {
            Bounds b = screen(l);
            assertTrue(b.getMaxX() <= picture.getMinX() + 1, "a row name stays left of the image: " + l.getText());
            assertTrue(b.getCenterY() > previous && b.getCenterY() >= picture.getMinY()
                    && b.getCenterY() <= picture.getMaxY(), "row names go down the image: " + l.getText());
            previous = b.getCenterY();
        }

        @SuppressWarnings("unchecked")
        ComboBox<Integer> picker = robot.lookup("#traversalDim").queryAs(ComboBox.class);
        assertEquals(I18n.text("explore.dim.choice", z, I18n.number(codes.averageKl()[most], 2)),
                picker.getButtonCell().getText(), "the picker shows the dimension's average KL");
    }

    private static List<String> rowTexts(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        for (Label l : robot.lookup(".traversal-row").queryAllAs(Label.class)) {
            texts.add(l.getText());
        }
        return texts;
    }

    private static Bounds screen(Node n) {
        return n.localToScreen(n.getBoundsInLocal());
    }
}
