package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
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

/** The Train form and run controls in a window placed as the app places it on a 1280x720 screen (issue 27.10). */
@ExtendWith(ApplicationExtension.class)
class TrainFormUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = new AppContext(dir.resolve("runs"));
        context.mainWindow().showPage(Page.TRAIN);
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
    void theRunButtonsStayPutWhateverTheStatusSays(FxRobot robot) {
        List<Node> buttons = List.of(robot.lookup("#startButton").query(), robot.lookup("#cancelButton").query(),
                robot.lookup("#openRunFolder").query(), robot.lookup("#delay").query());
        WaitForAsyncUtils.waitForFxEvents();
        List<Bounds> before = buttons.stream().map(TrainFormUiTest::inScene).toList();
        var run = context.train().run();
        robot.interact(() -> {
            run.messageProperty().set("Trained 6 epochs. Saved in /home/teacher/.vae-explorer/runs/"
                    + "vae-2026-12-06-21-30-12 with its three newest epoch checkpoints and the best one so far.");
            run.errorProperty().set("Autosave failed: the disk is full (No space left on device)");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#runError").query().isVisible());
        assertEquals(before, buttons.stream().map(TrainFormUiTest::inScene).toList(), "a long status moved them");
        robot.interact(() -> {
            run.messageProperty().set("");
            run.errorProperty().set("");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, buttons.stream().map(TrainFormUiTest::inScene).toList(), "an empty status moved them");
    }

    @Test
    void anInvalidValueMarksItsFieldAndSaysWhyUnderIt(FxRobot robot) {
        Node epochs = robot.lookup("#epochs").query();
        TitledPane advanced = robot.lookup("#advancedFields").queryAs(TitledPane.class);
        assertFalse(epochs.getStyleClass().contains("invalid-field"));
        robot.interact(() -> context.train().form().epochsProperty().set("ten"));
        Label message = robot.lookup("#epochsMessage").queryAs(Label.class);
        assertTrue(message.isVisible(), "the message is shown");
        assertEquals(I18n.text("train.form.wholeNumber", I18n.text("train.form.field.epochs")), message.getText());
        assertTrue(epochs.getStyleClass().contains("invalid-field"), "the field is marked");
        Bounds field = inScene(epochs);
        Bounds text = inScene(message);
        assertTrue(text.getMinY() >= field.getMaxY() - 1 && text.getMinY() < field.getMaxY() + field.getHeight()
                && text.getMinX() < field.getMaxX() && text.getMaxX() > field.getMinX(),
                "the message " + text + " sits right under its field " + field);
        for (Node shown : message.getChildrenUnmodifiable()) {
            if (shown instanceof javafx.scene.text.Text t) {
                assertEquals(message.getText(), t.getText(), "the message is shown whole, wrapped, not cut short");
            }
        }
        assertFalse(advanced.isExpanded(), "nothing wrong in the folded fields");

        robot.interact(() -> context.train().form().seedProperty().set("x"));
        assertTrue(advanced.isExpanded(), "a folded field that goes wrong is shown");
        assertTrue(robot.lookup("#seedMessage").query().isVisible());
        assertTrue(robot.lookup("#seed").query().getStyleClass().contains("invalid-field"));

        robot.interact(() -> {
            context.train().form().epochsProperty().set("6");
            context.train().form().seedProperty().set("1");
        });
        assertFalse(message.isVisible() || message.isManaged(), "a corrected value's message goes");
        assertFalse(epochs.getStyleClass().contains("invalid-field"), "and so does its mark");
        assertEquals("", context.train().form().errorsProperty().get());
    }

    @Test
    void theFieldsAClassChangesAreInViewAndTheRestIsFoldedUnderAdvanced(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup("#trainFormScroll").queryAs(ScrollPane.class);
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        for (String id : List.of("#kind", "#latent", "#epochs", "#trainLimit")) {
            Bounds b = inScene(robot.lookup(id).query());
            assertTrue(b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY(),
                    id + " at " + b + " needs scrolling in " + view);
        }
        TitledPane advanced = robot.lookup("#advancedFields").queryAs(TitledPane.class);
        assertEquals(I18n.text("train.advanced"), advanced.getText());
        assertFalse(advanced.isExpanded(), "folded at first");
        for (String id : List.of("#likelihood", "#hidden", "#learningRate", "#batchSize", "#seed", "#binarize")) {
            Node n = robot.lookup(id).query();
            boolean inAdvanced = false;
            for (Node p = n; p != null; p = p.getParent()) {
                inAdvanced |= p == advanced;
            }
            assertTrue(inAdvanced, id + " is under Advanced");
        }
    }

    /** The rows made from the settings' declarations: for every kind, one named row per setting it reads. */
    @Test
    void everyKindShowsARowForEachSettingItReadsAndNoOther(FxRobot robot) {
        var form = context.train().form();
        for (org.vaeexplorer.model.ModelKind kind : org.vaeexplorer.model.ModelKind.values()) {
            robot.interact(() -> form.kindProperty().set(kind));
            WaitForAsyncUtils.waitForFxEvents();
            java.util.Set<org.vaeexplorer.model.settings.ModelSetting> shown = java.util.EnumSet.noneOf(
                    org.vaeexplorer.model.settings.ModelSetting.class);
            for (org.vaeexplorer.model.settings.ModelSetting s : org.vaeexplorer.model.settings.ModelSetting.values()) {
                Node field = robot.lookup("#" + s.key()).query();
                javafx.scene.layout.GridPane grid = null;
                boolean visible = true;
                Node cell = field;
                for (Node p = field; grid == null && p != null; p = p.getParent()) {
                    visible &= p.isVisible() && p.isManaged();
                    if (p.getParent() instanceof javafx.scene.layout.GridPane g) {
                        grid = g;
                        cell = p;
                    }
                }
                if (visible) {
                    shown.add(s);
                    Integer row = javafx.scene.layout.GridPane.getRowIndex(cell);
                    Node cellOfRow = cell;
                    List<String> names = grid.getChildren().stream().filter(n -> n != cellOfRow && n.isVisible()
                            && row.equals(javafx.scene.layout.GridPane.getRowIndex(n)))
                            .map(n -> ((Label) n).getText()).toList();
                    assertEquals(List.of(I18n.text(s.labelKey())), names, kind + ": the row of " + s);
                }
            }
            assertEquals(form.shownSettings(), shown, kind + ": the rows shown");
        }
        // Tab follows the rows: from the kind to its first setting, and on to Epochs.
        robot.interact(() -> {
            form.kindProperty().set(org.vaeexplorer.model.ModelKind.named("beta-vae"));
            robot.lookup("#kind").query().requestFocus();
        });
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            robot.type(javafx.scene.input.KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            order.add(robot.lookup("#kind").query().getScene().getFocusOwner().getId());
        }
        assertEquals(List.of("latent", "beta", "epochs"), order);
    }

    @Test
    void emptyChartsRunOverThePlannedEpochs(FxRobot robot) {
        for (String chart : List.of("#lossChart", "#scheduleChart")) {
            NumberAxis axis = (NumberAxis) robot.lookup(chart).queryAs(LineChart.class).getXAxis();
            assertEquals(0, axis.getLowerBound(), chart);
            assertEquals(10, axis.getUpperBound(), chart + ": the form's 10 epochs, not 0-110");
            robot.interact(() -> context.train().form().epochsProperty().set("6"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(6, axis.getUpperBound(), chart + " follows the Epochs field");
            robot.interact(() -> context.train().form().epochsProperty().set("10"));
        }
    }

    @Test
    void everyModelKindsNameIsShownWholeInPresentationMode(FxRobot robot) {
        // Presentation mode's type at 1280x720, both languages: "Structured-output CVAE" and 条件变分自编码器 ended in
        // "..." in a Kind box that shared its row with the field names.
        List<String> cut = new java.util.ArrayList<>();
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
            robot.interact(() -> {
                I18n.setLocale(locale);
                javafx.scene.Parent root;
                try {
                    root = VaeExplorerApp.loadMainWindow(context);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                Scene scene = robot.lookup("#kind").query().getScene();
                scene.setRoot(root);
                PresentationViewModel sizes = new PresentationViewModel();
                sizes.setScreenSize(1280, 720);
                sizes.togglePresentation();
                PresentationMode.applyFontSize(root, sizes.fontSizeProperty().get());
                PresentationMode.applyStyle(root, true);
            });
            for (org.vaeexplorer.model.ModelKind kind : org.vaeexplorer.model.ModelKind.values()) {
                robot.interact(() -> context.train().form().kindProperty().set(kind));
                WaitForAsyncUtils.waitForFxEvents();
                javafx.scene.control.ComboBox<?> box = robot.lookup("#kind").queryAs(javafx.scene.control.ComboBox.class);
                for (Node t : box.lookupAll(".text")) {
                    if (t instanceof javafx.scene.text.Text shown && shown.getText().endsWith("…")
                            || t instanceof javafx.scene.text.Text dots && dots.getText().endsWith("...")) {
                        cut.add(locale + ": " + ((javafx.scene.text.Text) t).getText());
                    }
                }
            }
        }
        robot.interact(() -> I18n.setLocale(java.util.Locale.ENGLISH));
        assertTrue(cut.isEmpty(), String.join("\n", cut));
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
