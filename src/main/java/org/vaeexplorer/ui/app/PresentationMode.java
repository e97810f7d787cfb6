package org.vaeexplorer.ui.app;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.vaeexplorer.ui.common.I18n;

/**
 * Puts presentation mode and zoom ({@link PresentationViewModel}) on the window: the View menu's items and their
 * keys, the root font size every em in the CSS follows, the {@value #STYLE_CLASS} style class on the root (its
 * own high-contrast rules in {@code app.css}), full screen, and the secondary controls (style class
 * {@value #SECONDARY}) folded away.
 */
final class PresentationMode {
    /** On the scene's root while presenting. */
    static final String STYLE_CLASS = org.vaeexplorer.ui.common.PresentationStyle.STYLE_CLASS;
    /** Marks a control a teacher does not need in front of a class: hidden, and its space given to the rest. */
    static final String SECONDARY = "secondary";
    private final PresentationViewModel viewModel;
    private Scene scene;
    private final ChangeListener<Boolean> fullScreenEnded = this::fullScreenChanged;
    private final EventHandler<WindowEvent> shown = e -> applyMode();

    private PresentationMode(PresentationViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /**
     * Fills {@code viewMenu} and applies the view model to the window {@code anyNode} is (or will be) shown in.
     */
    static PresentationMode install(Menu viewMenu, Node anyNode, PresentationViewModel viewModel) {
        PresentationMode mode = new PresentationMode(viewModel);
        mode.fill(viewMenu);
        anyNode.sceneProperty().addListener((o, was, now) -> mode.attach(now));
        mode.attach(anyNode.getScene());
        viewModel.fontSizeProperty().addListener((o, was, now) -> mode.applyFontSize());
        viewModel.presentationProperty().addListener((o, was, now) -> mode.applyMode());
        return mode;
    }

    /**
     * Folds the secondary controls of a page built while presenting (pages are built when first shown, and the
     * Explore page's views too: {@link org.vaeexplorer.ui.common.PartBuilt}).
     */
    void pageAdded() {
        if (viewModel.presentationProperty().get()) {
            applyMode();
        }
    }

    private void fill(Menu menu) {
        CheckMenuItem present = new CheckMenuItem(I18n.text("view.presentation"));
        present.setId("presentationItem");
        present.selectedProperty().bindBidirectional(viewModel.presentationProperty());
        present.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        MenuItem in = item("view.zoomIn", "zoomInItem", KeyCode.PLUS, viewModel::zoomIn);
        in.disableProperty().bind(viewModel.canZoomInProperty().not());
        MenuItem out = item("view.zoomOut", "zoomOutItem", KeyCode.MINUS, viewModel::zoomOut);
        out.disableProperty().bind(viewModel.canZoomOutProperty().not());
        MenuItem actual = item("view.actualSize", "actualSizeItem", KeyCode.DIGIT0, viewModel::resetZoom);
        menu.getItems().addAll(present, new SeparatorMenuItem(), in, out, actual);
    }

    private static MenuItem item(String key, String id, KeyCode code, Runnable action) {
        MenuItem item = new MenuItem(I18n.text(key));
        item.setId(id);
        item.setAccelerator(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void attach(Scene s) {
        if (s == null || s == scene) {
            return;
        }
        scene = s;
        // The menu shows one key per item; these are the other keys people press for the same thing: Ctrl+= and
        // Ctrl+Shift+= on a US keyboard, the numeric keypad, and plus with Shift where plus needs Shift.
        addKey(KeyCode.EQUALS, viewModel::zoomIn);
        addKey(KeyCode.PLUS, viewModel::zoomIn);
        addKey(KeyCode.ADD, viewModel::zoomIn);
        addKey(KeyCode.SUBTRACT, viewModel::zoomOut);
        addKey(KeyCode.NUMPAD0, viewModel::resetZoom);
        // Esc leaves presentation mode even where the window could not go full screen (full screen's own Esc
        // would not fire then), and before any control sees it.
        s.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && viewModel.presentationProperty().get()) {
                viewModel.presentationProperty().set(false);
                e.consume();
            }
        });
        s.addEventHandler(org.vaeexplorer.ui.common.PartBuilt.EVENT, e -> pageAdded());
        s.windowProperty().addListener((o, was, now) -> {
            unwatch(was);
            watch(now);
        });
        watch(s.getWindow());
        applyFontSize();
        applyMode();
    }

    private void addKey(KeyCode code, Runnable action) {
        scene.getAccelerators().put(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_ANY), action);
    }

    private void watch(Window window) {
        if (window instanceof Stage stage) {
            stage.fullScreenProperty().addListener(fullScreenEnded);
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
        }
    }

    /** The window manager or the platform's own key may end full screen: presentation mode ends with it. */
    private void fullScreenChanged(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was,
            Boolean now) {
        if (!now && viewModel.presentationProperty().get()) {
            viewModel.presentationProperty().set(false);
        }
    }

    /**
     * A window outlives the scene it showed (a test's stage shows one window after another): left attached, these
     * listeners kept each earlier window's pages, models and datasets alive.
     */
    private void unwatch(Window window) {
        if (window instanceof Stage stage) {
            stage.fullScreenProperty().removeListener(fullScreenEnded);
            stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, shown);
        }
    }

    private void applyFontSize() {
        if (scene != null) {
            applyFontSize(scene.getRoot(), viewModel.fontSizeProperty().get());
        }
    }

    /** The root font size every em in the CSS follows. */
    static void applyFontSize(Parent root, double px) {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", px));
    }

    /** The presentation style class on {@code root}, and its secondary controls folded away (or back). */
    static void applyStyle(Parent root, boolean on) {
        if (!on && !root.getStyleClass().contains(STYLE_CLASS)) {
            // Nothing is folded. Going on would force CSS on every page, built or hidden: 2.3 s of the start-up.
            return;
        }
        if (on && !root.getStyleClass().contains(STYLE_CLASS)) {
            root.getStyleClass().add(STYLE_CLASS);
        } else if (!on) {
            root.getStyleClass().remove(STYLE_CLASS);
        }
        // Skins build their children late: the secondary controls are looked up each time, not once.
        root.applyCss();
        for (Node n : root.lookupAll("." + SECONDARY)) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
    }

    private void applyMode() {
        if (scene == null) {
            return;
        }
        boolean on = viewModel.presentationProperty().get();
        applyStyle(scene.getRoot(), on);
        if (scene.getWindow() instanceof Stage stage) {
            if (on) {
                Rectangle2D screen = screenOf(stage);
                viewModel.setScreenSize(screen.getWidth(), screen.getHeight());
                stage.setFullScreenExitHint(I18n.text("view.presentation.exitHint"));
                // Esc is this class's filter's (it also works where full screen was refused): full screen's own
                // Esc would act before any filter, so an open shortcut list (MainWindowView) could not take it.
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            }
            if (stage.isShowing() && stage.isFullScreen() != on) {
                stage.setFullScreen(on);
            }
        }
    }

    /** The bounds of the screen the window is mostly on (its centre's screen), or the primary screen's. */
    private static Rectangle2D screenOf(Stage stage) {
        double cx = stage.getX() + stage.getWidth() / 2;
        double cy = stage.getY() + stage.getHeight() / 2;
        return Screen.getScreensForRectangle(cx, cy, 1, 1).stream().findFirst().orElse(Screen.getPrimary())
                .getBounds();
    }
}
