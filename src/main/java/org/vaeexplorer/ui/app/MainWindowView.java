package org.vaeexplorer.ui.app;

import java.util.function.Function;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.StatusBar;
import org.vaeexplorer.ui.common.FxBackgroundExecutor;
import org.vaeexplorer.ui.common.I18n;

/**
 * The main window: a tab per page (Ctrl+1..3), the status bar, the Help menu and the keyboard: F1 or ? toggles the
 * list of shortcuts over the pages, and the page's single keys ({@link Shortcuts}) act unless text is being typed.
 * A page is built the first time its tab is shown: building and styling all three took 2-4 s of the start-up, most
 * of it for pages nobody had asked for yet.
 */
public final class MainWindowView {
    private final MainWindowViewModel viewModel;
    private final FxBackgroundExecutor executor;
    private final Function<Page, Node> pageBuilder;
    private final KeyboardActions keys;
    private final SessionActions sessions;
    private final EventHandler<KeyEvent> keyPressed = this::keyPressed;
    private final EventHandler<KeyEvent> keyTyped = this::keyTyped;
    /** On the window, so that it comes before the scene's filters: Esc closes the list before it leaves presenting. */
    private final EventHandler<KeyEvent> escape = this::escape;
    private final javafx.beans.value.ChangeListener<javafx.stage.Window> windowWatch = (o, was, now) -> {
        if (was != null) {
            was.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        }
    };
    private PresentationMode presentationMode;
    private ControlHiding hiding;
    private final java.util.function.Supplier<java.util.Optional<org.vaeexplorer.ui.explore.ExploreView>> exploreView;
    @FXML
    private TabPane pages;
    @FXML
    private javafx.scene.control.Menu fileMenu;
    @FXML
    private javafx.scene.control.Menu editMenu;
    @FXML
    private javafx.scene.control.Menu viewMenu;
    @FXML
    private javafx.scene.control.Menu languageMenu;
    @FXML
    private javafx.scene.control.Menu lessonsMenu;
    @FXML
    private javafx.scene.control.Menu helpMenu;
    @FXML
    private StackPane helpOverlay;
    @FXML
    private Label helpTitle;
    @FXML
    private GridPane helpList;
    @FXML
    private StatusBar statusBar;
    @FXML
    private org.vaeexplorer.ui.lessons.LessonPanelView lessonPanelController;

    /** @param pageBuilder loads a page's FXML with its views (the window's controller factory) */
    MainWindowView(MainWindowViewModel viewModel, FxBackgroundExecutor executor, Function<Page, Node> pageBuilder,
                   KeyboardActions keys, SessionActions sessions,
                   java.util.function.Supplier<java.util.Optional<org.vaeexplorer.ui.explore.ExploreView>> exploreView) {
        this.exploreView = exploreView;
        this.sessions = sessions;
        this.viewModel = viewModel;
        this.executor = executor;
        this.pageBuilder = pageBuilder;
        this.keys = keys;
    }

    @FXML
    private void initialize() {
        for (Page p : Page.values()) {
            Tab tab = pages.getTabs().get(p.ordinal());
            tab.setUserData(p);
        }
        // Built as the tab is selected, in the same call: whoever showed the page (a lesson, a start option) finds
        // its view right after.
        pages.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> build(now));
        pages.getSelectionModel().select(viewModel.pageProperty().get().ordinal());
        build(pages.getSelectionModel().getSelectedItem());
        viewModel.pageProperty().addListener((o, was, now) -> pages.getSelectionModel().select(now.ordinal()));
        pages.getSelectionModel().selectedIndexProperty().addListener((o, was, now) ->
                viewModel.showPage(Page.values()[now.intValue()]));

        FileMenu.fill(fileMenu, sessions);
        EditMenu.fill(editMenu, keys.history());
        LanguageMenu.fill(languageMenu, viewModel.languageProperty());
        statusBar.textProperty().bind(viewModel.status().textProperty());
        statusBar.progressProperty().bind(javafx.beans.binding.Bindings.when(executor.runningProperty().greaterThan(0))
                .then(-1.0).otherwise(viewModel.status().progressProperty()));

        presentationMode = PresentationMode.install(viewMenu, pages, viewModel.presentation());
        hiding = ControlHiding.install(viewMenu, pages, viewModel, exploreView);
        pages.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.addEventHandler(org.vaeexplorer.ui.common.PartBuilt.EVENT, e -> hiding.apply());
            }
        });
        lessonPanelController.fillMenu(lessonsMenu);

        helpMenu.setOnShowing(e -> HelpViews.fillMenu(helpMenu, viewModel.pageProperty().get(), this::showHelp,
                () -> HelpViews.about(pages.getScene() == null ? null : pages.getScene().getWindow())));
        // Filled once so that the menu bar shows it before it is first opened; refilled as it opens.
        HelpViews.fillMenu(helpMenu, viewModel.pageProperty().get(), this::showHelp, () -> { });
        helpOverlay.setOnMouseClicked(e -> hideHelp());
        viewModel.pageProperty().addListener((o, was, now) -> {
            if (helpOverlay.isVisible()) {
                showHelp();
            }
        });
        pages.sceneProperty().addListener((o, was, scene) -> {
            // A language switch puts a new window into the same scene: this one's key handlers leave with it.
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keyPressed);
                was.removeEventFilter(KeyEvent.KEY_TYPED, keyTyped);
                was.windowProperty().removeListener(windowWatch);
                windowWatch.changed(was.windowProperty(), was.getWindow(), null);
            }
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    /** Shows the list of the shortcuts of the page shown (and of every page) over the pages. */
    void showHelp() {
        Page page = viewModel.pageProperty().get();
        helpTitle.setText(I18n.text("help.overlay.title", page.title()));
        HelpViews.fillList(helpList, page);
        helpOverlay.setVisible(true);
    }

    private void hideHelp() {
        helpOverlay.setVisible(false);
    }

    private void toggleHelp() {
        if (helpOverlay.isVisible()) {
            hideHelp();
        } else {
            showHelp();
        }
    }

    private void escape(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && helpOverlay.isVisible()) {
            hideHelp();
            e.consume();
        }
    }

    /** Filtered at the scene, before the focused control: Space must not also press a focused button. */
    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || typing()) {
            return;
        }
        int digit = digit(e.getCode());
        boolean done;
        if (e.getCode() == KeyCode.F1) {
            toggleHelp();
            done = true;
        } else if (digit >= 0) {
            done = keys.digit(digit);
        } else if (e.getCode() == KeyCode.SPACE) {
            done = keys.space();
        } else {
            done = e.getCode() == KeyCode.R && keys.redraw();
        }
        if (done) {
            e.consume();
        }
    }

    /** "?" is a typed character (Shift+/ on some keyboards, a key of its own on others). */
    private void keyTyped(KeyEvent e) {
        if ("?".equals(e.getCharacter()) && !typing()) {
            toggleHelp();
            e.consume();
        }
    }

    /**
     * Whether text is being typed: a text field has the focus, or an editable spinner or combo box (these keep the
     * focus themselves and hand the keys to their editor). Its keys are text, not shortcuts.
     */
    private boolean typing() {
        Node focused = pages.getScene() == null ? null : pages.getScene().getFocusOwner();
        return focused instanceof TextInputControl
                || focused instanceof javafx.scene.control.Spinner<?> spinner && spinner.isEditable()
                || focused instanceof javafx.scene.control.ComboBoxBase<?> combo && combo.isEditable();
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return Character.getNumericValue(name.charAt(name.length() - 1));
        }
        return -1;
    }

    private void build(Tab tab) {
        if (tab != null && tab.getContent() == null) {
            tab.setContent(pageBuilder.apply((Page) tab.getUserData()));
            if (presentationMode != null) {
                presentationMode.pageAdded();
            }
            if (hiding != null) {
                hiding.apply();
            }
        }
    }

    private void installShortcuts(Scene scene) {
        scene.windowProperty().addListener(windowWatch);
        windowWatch.changed(scene.windowProperty(), null, scene.getWindow());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keyPressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, keyTyped);
        EditMenu.installRedoY(scene, keys.history());
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};
        for (Page p : Page.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(digits[p.ordinal()], KeyCombination.SHORTCUT_DOWN),
                    () -> viewModel.showPage(p));
        }
    }
}
