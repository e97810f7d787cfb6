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
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode on a 1280x720 projector, zoomed step by step (Ctrl+plus): the decoded image is never cut off.
 * While it fits its view it is whole on the screen once scrolled to; past that (a 819-pixel image at 300% on a
 * 720-pixel screen) every part of it can be scrolled to. And a CVAE's row of every label keeps digits a class can see
 * (issue 27.5).
 */
@ExtendWith(ApplicationExtension.class)
class PresentationZoomUiTest {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;
    @TempDir
    static Path dir;
    private AppContext context;
    private Parent root;
    private final PresentationViewModel sizes = new PresentationViewModel();

    @Start
    void start(Stage stage) throws Exception {
        context = new AppContext(dir.resolve("runs"));
        context.mainWindow().showPage(Page.EXPLORE);
        root = VaeExplorerApp.loadMainWindow(context);
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(VaeExplorerApp.resource("app.css").toExternalForm());
        stage.setScene(scene);
        // A stage an earlier test maximised or sized keeps that size whatever the scene asks: this one's,
        // explicitly.
        stage.setMaximized(false);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.show();
        // What presentation mode does on a 1280x720 screen, without full screen (the test's screen is larger).
        sizes.setScreenSize(WIDTH, HEIGHT);
        sizes.togglePresentation();
        PresentationMode.applyStyle(root, true);
        PresentationMode.applyFontSize(root, sizes.fontSizeProperty().get());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyZoomStepKeepsTheDecodedImageWholeOrScrollsToIt(FxRobot robot) throws Exception {
        robot.interact(() -> context.openDefaultModel());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.explore().codesProperty().get() != null
                && context.isIdle());
        Node decoded = robot.lookup("#decodedImage").query().getParent();
        List<String> problems = new ArrayList<>();
        for (double step : PresentationViewModel.ZOOM_STEPS) {
            robot.interact(() -> {
                sizes.setZoom(step);
                PresentationMode.applyFontSize(root, sizes.fontSizeProperty().get());
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> scrollTo(decoded));
            WaitForAsyncUtils.waitForFxEvents();
            Bounds b = decoded.localToScene(decoded.getLayoutBounds());
            String where = "at " + Math.round(step * 100) + "%: the decoded image at " + b;
            if (b.getWidth() < 64 || b.getHeight() < 64) {
                problems.add(where + " is under 64 px");
            }
            ScrollPane view = fitScroll(decoded);
            // What the view shows is its viewport: its scroll bars (46 px each at 200%) show none of the image.
            Bounds shown = view == null ? new javafx.geometry.BoundingBox(0, 0, WIDTH, HEIGHT) : viewport(view);
            if (b.getWidth() <= shown.getWidth() + 1 && b.getHeight() <= shown.getHeight() + 1) {
                // It fits: scrolled to, it is whole on the screen.
                if (!inside(b, shown) || !inside(b, new javafx.geometry.BoundingBox(0, 0, WIDTH, HEIGHT))) {
                    problems.add(where + " is cut off: the view shows " + shown);
                }
            } else if (view == null) {
                problems.add(where + " is larger than the window, and nothing scrolls");
            } else {
                // Larger than the view (300% on a 720-pixel screen): every part of it can be scrolled to.
                Node content = view.getContent();
                Bounds all = content.localToScene(content.getLayoutBounds());
                if (!inside(b, all)) {
                    problems.add(where + " lies outside what its view scrolls over, " + all);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCvaeRowOfEveryLabelKeepsDigitsOfAtLeast64Px(FxRobot robot) throws Exception {
        robot.interact(() -> context.explore().open(Path.of("models", "mnist-cvae-2d.vaex")));
        ImageView row = robot.lookup("#analogyImage").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> row.getImage() != null && context.isIdle());
        WaitForAsyncUtils.waitForFxEvents();
        // The image view the row is drawn with (FittedImage enlarges the tiled row into a second, shown view).
        ImageView shown = row.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof ImageView v && v != row && v.isVisible()).map(n -> (ImageView) n)
                .findFirst().orElseThrow();
        double digit = shown.getFitWidth() / 5;
        assertTrue(digit >= 64, "each label's digit is " + digit + " px wide at 1280x720");
        Bounds b = shown.localToScene(shown.getLayoutBounds());
        assertTrue(b.getMaxX() <= WIDTH + 1 && b.getMaxY() <= HEIGHT + 1, "the row lies in the window: " + b);
    }

    private static boolean inside(Bounds b, Bounds box) {
        return b.getMinX() >= box.getMinX() - 1 && b.getMaxX() <= box.getMaxX() + 1 && b.getMinY() >= box.getMinY() - 1
                && b.getMaxY() <= box.getMaxY() + 1;
    }

    private static ScrollPane fitScroll(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s && s.getStyleClass().contains(org.vaeexplorer.ui.common.FitScroll.STYLE_CLASS)) {
                return s;
            }
        }
        return null;
    }

    /** The part of {@code view} its content is seen through, in the scene: the view less its scroll bars. */
    private static Bounds viewport(ScrollPane view) {
        Node port = view.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("viewport"))
                .findFirst().orElseThrow();
        return port.localToScene(port.getLayoutBounds());
    }

    /** Scrolls the page, as a teacher would with its scroll bars, until {@code node} is in view (if it can). */
    private static void scrollTo(Node node) {
        ScrollPane page = fitScroll(node);
        if (page == null) {
            return;
        }
        page.layout();
        Node content = page.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double spareX = content.getLayoutBounds().getWidth() - page.getViewportBounds().getWidth();
        double spareY = content.getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
        if (spareX > 0) {
            page.setHvalue(Math.max(0, Math.min(1, (b.getMaxX() - page.getViewportBounds().getWidth()) / spareX)));
        }
        if (spareY > 0) {
            page.setVvalue(Math.max(0, Math.min(1, b.getMinY() / spareY)));
        }
    }
}
