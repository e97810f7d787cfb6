package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
import org.vaeexplorer.ui.common.FitScroll;
import org.vaeexplorer.ui.common.PartBuilt;

/**
 * Presentation mode on a 1280x720 projector, the shipped 2-D VAE open: on every page and every Explore view, each
 * control shown lies inside the window and no label is cut short with an ellipsis. Controls inside a scroll pane
 * (the Train form, a long Explore side panel) may extend past it: the scroll pane shows them. A table's cells may be
 * cut short as in any table: its columns can be widened, and the Models page's card shows every value in full.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationFitUiTest {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;
    @TempDir
    static Path dir;
    private AppContext context;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        context = new AppContext(dir.resolve("runs"));
        Parent root = VaeExplorerApp.loadMainWindow(context);
        scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(VaeExplorerApp.resource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        // Every page and every Explore view built first (each is built when first shown), so the style below
        // reaches them all; in the app, presentation mode folds each new one as it is built.
        for (Page page : Page.values()) {
            context.mainWindow().showPage(page);
        }
        for (String view : List.of("howItWorks", "grid", "traversal", "interpolation", "arithmetic", "clusters", "draw", "completion",
                "plane")) {
            context.exploreView().orElseThrow().showView(view);
        }
        // What presentation mode does on a 1280x720 screen, without full screen (the test's screen is larger).
        PresentationViewModel sizes = new PresentationViewModel();
        sizes.setScreenSize(WIDTH, HEIGHT);
        sizes.togglePresentation();
        PresentationMode.applyFontSize(root, sizes.fontSizeProperty().get());
        PresentationMode.applyStyle(root, true);
        // As the app's presentation mode does for a view built, or brought back, while presenting.
        scene.addEventHandler(PartBuilt.EVENT, e -> PresentationMode.applyStyle(root, true));
        context.openDefaultModel();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyPageFitsA1280x720Projector(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.explore().codesProperty().get() != null
                && context.isIdle());
        List<String> problems = new ArrayList<>();
        for (Page page : Page.values()) {
            robot.interact(() -> context.mainWindow().showPage(page));
            WaitForAsyncUtils.waitForFxEvents();
            Node pageRoot = robot.lookup("#" + page.name().toLowerCase(java.util.Locale.ROOT) + "Page").query();
            if (page == Page.EXPLORE) {
                TabPane views = robot.lookup(".tab-pane").match((TabPane t) -> t.getTabs().stream()
                        .anyMatch(x -> "planeTab".equals(x.getId()))).query();
                for (Tab tab : views.getTabs()) {
                    robot.interact(() -> views.getSelectionModel().select(tab));
                    WaitForAsyncUtils.waitForFxEvents();
                    visit(pageRoot, page + "/" + tab.getId(), problems);
                }
            } else {
                visit(pageRoot, page.name(), problems);
            }
        }
        assertTrue(problems.isEmpty(), "clipped at 1280x720 in presentation mode:\n" + String.join("\n", problems));
    }

    private void visit(Node node, String where, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ScrollPane scroll && scroll.getStyleClass().contains(FitScroll.STYLE_CLASS)) {
            // A view's own scroll pane scrolls only past what the window holds: at 100% it must not have to. How it
            // works, taller than the window at presentation size as laid out, is drawn smaller to fit (ScaleToFit).
            Bounds content = scroll.getContent().getLayoutBounds();
            Bounds view = scroll.getViewportBounds();
            if (content.getWidth() > view.getWidth() + 1 || content.getHeight() > view.getHeight() + 1) {
                problems.add(where + ": the view needs scrolling, " + content + " in " + view);
            }
            visit(scroll.getContent(), where, problems);
            return;
        }
        if (node instanceof ScrollPane) {
            return;
        }
        if (node instanceof javafx.scene.control.TableView<?> || node instanceof javafx.scene.control.TreeTableView<?>) {
            Control table = (Control) node;
            Bounds b = table.localToScene(table.getLayoutBounds());
            if (b.getMaxX() > WIDTH + 1 || b.getMaxY() > HEIGHT + 1) {
                problems.add(where + ": table " + table.getId() + " outside the window at " + b);
            }
            // Its rows scroll inside it, so a row below its edge is not cut off; a cell it shows whole must still
            // show all of its text.
            visitCells(table, b, where, problems);
            return;
        }
        if (node instanceof Control control) {
            Bounds b = control.localToScene(control.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > WIDTH + 1
                    || b.getMaxY() > HEIGHT + 1)) {
                problems.add(where + ": " + describe(control) + " outside the window at " + b);
            }
            if (control instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                for (Node n : labeled.getChildrenUnmodifiable()) {
                    // The skin shows the text it could fit: shorter than the label's means cut short.
                    if (n instanceof Text shown && !shown.getText().equals(labeled.getText())) {
                        problems.add(where + ": " + describe(control) + " cut short: '" + shown.getText() + "'");
                    }
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, where, problems);
            }
        }
    }

    private static void visitCells(Node node, Bounds table, String where, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && table.contains(labeled.localToScene(labeled.getLayoutBounds()))) {
            for (Node n : labeled.getChildrenUnmodifiable()) {
                if (n instanceof Text shown && !shown.getText().equals(labeled.getText())) {
                    problems.add(where + ": " + describe(labeled) + " cut short: '" + shown.getText() + "'");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visitCells(child, table, where, problems);
            }
        }
    }

    private static String describe(Control c) {
        String text = c instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()) + text;
    }
}
