package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
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
 * While presenting, the Explore views the open model cannot show (disabled tabs) are folded away; they come back
 * when presentation mode ends, or when a model that can show them opens. A view a teacher hid for the session stays
 * hidden throughout.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationFoldsTabsUiTest {
    private static final Path VAE = Path.of("models", "mnist-vae-2d.vaex").toAbsolutePath();
    private static final Path JOINT = Path.of("models", "mnist-joint-vae.vaex").toAbsolutePath();
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
    void disabledViewsFoldAwayWhilePresentingAndHiddenOnesStayHidden(FxRobot robot) throws Exception {
        open(robot, VAE);
        TabPane views = views(robot);
        // The 2-d VAE has no discrete code and completes nothing: Clusters and Completion are disabled, not gone.
        assertTrue(tab(views, "clustersTab").isDisabled() && tab(views, "completionTab").isDisabled(), ids(views).toString());
        robot.interact(() -> context.mainWindow().hiddenControls().add("interpolationTab"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ids(views).contains("interpolationTab"), ids(views).toString());

        present(robot, true);
        assertFalse(ids(views).contains("clustersTab"), "folded while presenting: " + ids(views));
        assertFalse(ids(views).contains("completionTab"), "folded while presenting: " + ids(views));
        assertTrue(views.getTabs().stream().noneMatch(Tab::isDisabled), "no disabled tab while presenting");
        assertTrue(ids(views).containsAll(List.of("planeTab", "gridTab", "traversalTab", "drawTab")), ids(views).toString());
        assertFalse(ids(views).contains("interpolationTab"), "hidden for the session: " + ids(views));

        // A model with a discrete code opened while presenting: Clusters can show it, so it is back.
        open(robot, JOINT);
        assertTrue(ids(views).contains("clustersTab"), "the joint VAE has clusters: " + ids(views));
        assertFalse(ids(views).contains("completionTab"), ids(views).toString());
        assertTrue(views.getTabs().stream().noneMatch(Tab::isDisabled), "no disabled tab while presenting");
        assertFalse(ids(views).contains("interpolationTab"), "still hidden for the session: " + ids(views));

        open(robot, VAE);
        assertFalse(ids(views).contains("clustersTab"), "folded again: " + ids(views));

        present(robot, false);
        assertTrue(ids(views).containsAll(List.of("clustersTab", "completionTab")), "back: " + ids(views));
        assertTrue(tab(views, "clustersTab").isDisabled(), "back disabled, its tooltip saying why");
        assertFalse(ids(views).contains("interpolationTab"), "still hidden after presenting: " + ids(views));
        List<String> order = ids(views);
        assertTrue(order.indexOf("clustersTab") < order.indexOf("drawTab")
                && order.indexOf("drawTab") < order.indexOf("completionTab"), "in their places: " + order);

        robot.interact(() -> context.mainWindow().hiddenControls().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ids(views).contains("interpolationTab"), "unhidden: " + ids(views));
    }

    private void open(FxRobot robot, Path model) throws Exception {
        robot.interact(() -> context.explore().open(model));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> context.explore().openedFile()
                .filter(model::equals).isPresent() && !context.explore().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void present(FxRobot robot, boolean on) {
        robot.interact(() -> context.mainWindow().presentation().presentationProperty().set(on));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TabPane views(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(p -> p.getTabs().stream().anyMatch(t -> "planeTab".equals(t.getId()))).findFirst()
                .orElseThrow();
    }

    private static Tab tab(TabPane views, String id) {
        return views.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private static List<String> ids(TabPane views) {
        return views.getTabs().stream().map(Tab::getId).toList();
    }
}
