package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.ui.common.I18n;

/**
 * Lesson 2 on a 1280x720 projector, its panel open beside the Train page, in English and Chinese, in normal and
 * presentation mode: every named line of every chart has a key item that is shown whole, with a size, inside its
 * chart's panel and inside the window (the chart's own legend vanished there, issue 27.3).
 */
@ExtendWith(ApplicationExtension.class)
class ChartKeyUiTest {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;
    @TempDir
    static Path dir;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = new AppContext(dir.resolve("runs"));
        stage.setScene(new Scene(new StackPane(), WIDTH, HEIGHT));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        // The UI language is global: later tests in this JVM expect English (set where the window listens).
        robot.interact(() -> I18n.setLocale(Locale.ENGLISH));
        context.close();
    }

    @Test
    void everyChartLineKeepsItsKeyBesideTheLessonPanel(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (boolean presenting : List.of(false, true)) {
                robot.interact(() -> show(locale, presenting));
                robot.interact(() -> context.lessons().choose(2));
                WaitForAsyncUtils.waitForFxEvents();
                assertTrue(robot.lookup("#lessonPanel").query().isVisible(), "the lesson panel is open");
                checked += check(locale + (presenting ? ", presentation mode" : ""), problems);
            }
        }
        assertTrue(checked >= 4 * 5, "the loss chart's four lines and the schedule's one, four times: " + checked);
        assertTrue(problems.isEmpty(), "keys lost at 1280x720 with lesson 2 open:\n" + String.join("\n", problems));
    }

    /** The window rebuilt in {@code locale}, as the language switch does, and styled as presentation mode would. */
    private void show(Locale locale, boolean presenting) {
        I18n.setLocale(locale);
        Parent root;
        try {
            root = VaeExplorerApp.loadMainWindow(context);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(VaeExplorerApp.resource("app.css").toExternalForm());
        stage.setScene(scene);
        // A stage an earlier test maximised or sized keeps that size whatever the scene asks: this one's,
        // explicitly.
        stage.setMaximized(false);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        if (presenting) {
            PresentationViewModel sizes = new PresentationViewModel();
            sizes.setScreenSize(WIDTH, HEIGHT);
            sizes.togglePresentation();
            PresentationMode.applyFontSize(root, sizes.fontSizeProperty().get());
            PresentationMode.applyStyle(root, true);
        }
    }

    /** Adds what is wrong with the charts shown; returns how many named lines it checked. */
    private int check(String where, List<String> problems) {
        int lines = 0;
        for (Node n : stage.getScene().getRoot().lookupAll(".chart")) {
            if (!(n instanceof XYChart<?, ?> chart) || !shown(chart)) {
                continue;
            }
            // A chart's panel: the chart with the key under it, or the chart alone when it keeps its own legend.
            Node panel = chart.getParent().getStyleClass().contains("chart-panel") ? chart.getParent() : chart;
            Bounds box = panel.localToScene(panel.getLayoutBounds());
            for (XYChart.Series<?, ?> series : chart.getData()) {
                if (series.getName() == null) {
                    continue;
                }
                lines++;
                String what = where + ": " + chart.getId() + " '" + series.getName() + "'";
                List<Labeled> items = ((Parent) panel).lookupAll(".label").stream()
                        .filter(l -> l instanceof Labeled x && series.getName().equals(x.getText()))
                        .map(l -> (Labeled) l).toList();
                if (items.stream().noneMatch(ChartKeyUiTest::shown)) {
                    problems.add(what + ": no key item shown");
                }
                for (Labeled item : items.stream().filter(ChartKeyUiTest::shown).toList()) {
                    Bounds b = item.localToScene(item.getLayoutBounds());
                    if (b.getWidth() <= 0 || b.getHeight() <= 0) {
                        problems.add(what + ": key item of no size " + b);
                    }
                    if (b.getMinX() < box.getMinX() - 1 || b.getMaxX() > box.getMaxX() + 1
                            || b.getMinY() < box.getMinY() - 1 || b.getMaxY() > box.getMaxY() + 1) {
                        problems.add(what + ": key item at " + b + " outside its chart " + box);
                    }
                    if (b.getMinX() < -1 || b.getMaxX() > WIDTH + 1 || b.getMinY() < -1 || b.getMaxY() > HEIGHT + 1) {
                        problems.add(what + ": key item at " + b + " outside the window");
                    }
                    for (Node t : item.getChildrenUnmodifiable()) {
                        if (t instanceof Text text && !text.getText().equals(item.getText())) {
                            problems.add(what + ": key item cut short to '" + text.getText() + "'");
                        }
                    }
                }
            }
        }
        assertFalse(lines == 0, where + ": no chart shown");
        return lines;
    }

    /** Visible itself and all the way up (a hidden legend keeps its items' own visible flags). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
