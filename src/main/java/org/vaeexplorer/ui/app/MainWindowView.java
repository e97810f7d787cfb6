package org.vaeexplorer.ui.app;

import org.vaeexplorer.ui.common.FxBackgroundExecutor;

import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.StatusBar;

/**
 * The main window: a tab per page (Ctrl+1..3) and the status bar. A page is built the first time its tab is shown:
 * building and styling all three took 2-4 s of the start-up, most of it for pages nobody had asked for yet.
 */
public final class MainWindowView {
    private final MainWindowViewModel viewModel;
    private final FxBackgroundExecutor executor;
    private final Function<Page, Node> pageBuilder;
    private PresentationMode presentationMode;
    @FXML
    private TabPane pages;
    @FXML
    private javafx.scene.control.Menu viewMenu;
    @FXML
    private javafx.scene.control.Menu languageMenu;
    @FXML
    private javafx.scene.control.Menu lessonsMenu;
    @FXML
    private StatusBar statusBar;
    @FXML
    private org.vaeexplorer.ui.lessons.LessonPanelView lessonPanelController;

    /** @param pageBuilder loads a page's FXML with its views (the window's controller factory) */
    MainWindowView(MainWindowViewModel viewModel, FxBackgroundExecutor executor, Function<Page, Node> pageBuilder) {
        this.viewModel = viewModel;
        this.executor = executor;
        this.pageBuilder = pageBuilder;
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

        LanguageMenu.fill(languageMenu, viewModel.languageProperty());
        statusBar.textProperty().bind(viewModel.status().textProperty());
        statusBar.progressProperty().bind(javafx.beans.binding.Bindings.when(executor.runningProperty().greaterThan(0))
                .then(-1.0).otherwise(viewModel.status().progressProperty()));

        presentationMode = PresentationMode.install(viewMenu, pages, viewModel.presentation());
        lessonPanelController.fillMenu(lessonsMenu);

        pages.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    private void build(Tab tab) {
        if (tab != null && tab.getContent() == null) {
            tab.setContent(pageBuilder.apply((Page) tab.getUserData()));
            if (presentationMode != null) {
                presentationMode.pageAdded();
            }
        }
    }

    private void installShortcuts(javafx.scene.Scene scene) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};
        for (Page p : Page.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(digits[p.ordinal()], KeyCombination.SHORTCUT_DOWN),
                    () -> viewModel.showPage(p));
        }
    }
}
