package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
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
import org.vaeexplorer.ui.common.FixedDialogService;
import org.vaeexplorer.ui.common.I18n;

/**
 * Issue 33: a teacher hides controls for a session (View > Hide for this session): a secondary control and an
 * Explore view disappear, stay hidden through presentation mode, are saved in the session file and come back hidden
 * when it is opened; a session file written before controls could be hidden opens with nothing hidden.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenControlsUiTest {
    private static final Path VAE = Path.of("models", "mnist-vae-2d.vaex").toAbsolutePath();
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        context = new AppContext(dir.resolve("runs"), new FixedDialogService());
        context.setStage(stage);
        stage.setScene(new javafx.scene.Scene(VaeExplorerApp.loadMainWindow(context), 1280, 720));
        stage.show();
        context.mainWindow().showPage(Page.EXPLORE);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void hiddenControlsAreSavedWithTheSessionAndComeBackHidden(FxRobot robot) throws Exception {
        robot.interact(() -> context.explore().open(VAE));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> context.explore().openedFile().isPresent()
                && !context.explore().busyProperty().get());
        assertShown(robot, true, "nothing hidden yet");

        // Picked in the View menu, as a teacher does.
        robot.interact(() -> {
            for (String id : List.of("hide-planeHint", "hide-gridTab", "hide-statusBar")) {
                item(robot, id).setSelected(true);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("planeHint", "gridTab", "statusBar"), Set.copyOf(context.mainWindow().hiddenControls()));
        assertShown(robot, false, "hidden");
        robot.interact(() -> context.mainWindow().presentation().presentationProperty().set(true));
        robot.interact(() -> context.mainWindow().presentation().presentationProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertShown(robot, false, "still hidden after presentation mode, which shows its folded controls again");

        Path session = dir.resolve("hidden.vaexs");
        robot.interact(() -> assertTrue(context.sessions().save(session)));
        String json = Files.readString(session);
        assertTrue(json.contains("\"hidden\"") && json.contains("\"gridTab\"") && json.contains("\"planeHint\""),
                json);

        robot.interact(() -> context.mainWindow().hiddenControls().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertShown(robot, true, "shown again once unchosen");
        assertFalse(item(robot, "hide-gridTab").isSelected(), "the menu follows");

        robot.interact(() -> assertTrue(context.sessions().open(session)));
        WaitForAsyncUtils.waitForFxEvents();
        assertShown(robot, false, "the session hides them again");
        assertTrue(item(robot, "hide-gridTab").isSelected());

        // A file of before (no "hidden" field) opens, hiding nothing.
        Path older = dir.resolve("older.vaexs");
        Files.writeString(older, json.replaceAll("(?s),\\s*\"hidden\"\\s*:\\s*\\[[^]]*]", ""));
        assertFalse(Files.readString(older).contains("hidden"), "the field is gone");
        robot.interact(() -> assertTrue(context.sessions().open(older)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(), Set.copyOf(context.mainWindow().hiddenControls()));
        assertShown(robot, true, "an older session hides nothing");
    }

    @Test
    void theMenuListsTheSecondaryControlsAndEveryExploreView(FxRobot robot) {
        for (HideableControls.Control c : HideableControls.exploreViews()) {
            assertTrue(item(robot, "hide-" + c.id()) != null, c.id());
        }
        for (String id : HideableControls.SECONDARY) {
            assertTrue(item(robot, "hide-" + id).getText().length() > 0, id);
        }
        assertTrue(HideableControls.exploreViews().stream().map(HideableControls.Control::id).toList()
                .containsAll(List.of("planeTab", "gridTab", "overviewTab", "drawTab")));
    }

    private void assertShown(FxRobot robot, boolean shown, String what) {
        Node hint = robot.lookup("#planeHint").query();
        Node status = robot.lookup("#statusBar").query();
        TabPane views = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(p -> p.getTabs().stream().anyMatch(t -> "planeTab".equals(t.getId()))).findFirst()
                .orElseThrow();
        assertEquals(shown, hint.isVisible(), what + ": the plane's hint");
        assertEquals(shown, status.isVisible(), what + ": the status bar");
        assertEquals(shown, views.getTabs().stream().anyMatch(t -> "gridTab".equals(t.getId())),
                what + ": the grid's tab");
    }

    private static CheckMenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst().orElseThrow();
        Menu hide = (Menu) view.getItems().stream().filter(i -> "hideMenu".equals(i.getId())).findFirst()
                .orElseThrow();
        return (CheckMenuItem) hide.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
