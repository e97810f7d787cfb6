package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
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
import org.vaeexplorer.ui.explore.ExploreFixtures;
import org.vaeexplorer.ui.explore.ExploreSession;

/** The Language menu switches the whole window between English and Chinese, and nothing the user did is lost. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchUiTest {
    @TempDir
    static Path dir;
    private AppContext context;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        context = new AppContext(dir.resolve("runs"));
        scene = new Scene(VaeExplorerApp.loadMainWindow(context), 1280, 720);
        LanguageSwitch.install(context, scene, new LanguageStore(dir.resolve("language.properties")));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        // The UI language is global: later tests in this JVM expect English.
        I18n.setLocale(Locale.ENGLISH);
        context.close();
    }

    @Test
    void switchingFromTheMenuChangesTheTextsAndKeepsTheModelThePageThePointAndTheForm(FxRobot robot)
            throws Exception {
        robot.interact(() -> context.explore().open(ExploreFixtures.SHIPPED));
        // Only the model: the test images may still be encoding in the background as the window is rebuilt.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.explore().sessionProperty().get() != null);
        robot.interact(() -> {
            context.train().form().epochsProperty().set("7");
            context.train().form().seedProperty().set("abc");
            context.mainWindow().showPage(Page.EXPLORE);
            context.exploreView().orElseThrow().showView("grid");
            context.explore().point().moveTo(1.25, -0.5);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ExploreSession session = context.explore().sessionProperty().get();
        float[] code = context.explore().point().codeProperty().get().clone();
        Parent englishRoot = scene.getRoot();
        assertEquals("Explore", pageTab(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.train().dataset().dataProperty().get() != null);
        assertTrue(context.train().form().errorsProperty().get().contains("Seed must be a whole number"),
                context.train().form().errorsProperty().get());

        choose(robot, "Language", "简体中文");

        assertNotSame(englishRoot, scene.getRoot(), "the window was rebuilt");
        assertEquals("探索", pageTab(1));
        assertEquals("训练", pageTab(0));
        assertSame(session, context.explore().sessionProperty().get(), "the open model is kept");
        assertArrayEquals(code, context.explore().point().codeProperty().get(), "the point stays where it was");
        assertEquals(Page.EXPLORE, context.mainWindow().pageProperty().get());
        assertEquals(1, robot.lookup(".pages").queryAs(TabPane.class).getSelectionModel().getSelectedIndex(),
                "the page shown is kept");
        assertEquals("grid", context.exploreView().orElseThrow().shownView(), "so is the Explore view shown");
        // The Train page of the new window is built when it is shown, from the same form.
        robot.interact(() -> context.mainWindow().showPage(Page.TRAIN));
        assertEquals("7", robot.lookup("#epochs").queryAs(TextField.class).getText(), "and the form's values");
        String title = robot.lookup("#exploreModel").queryAs(Label.class).getText();
        assertTrue(title.startsWith("mnist-vae-2d.vaex") && title.contains("VAE（MLP）"), title);
        assertEquals("界面语言：简体中文", context.mainWindow().status().textProperty().get());
        // Texts the view models composed themselves are composed again.
        assertTrue(context.train().form().errorsProperty().get().contains("随机种子必须是整数"),
                context.train().form().errorsProperty().get());
        assertTrue(context.train().dataset().summaryProperty().get().contains("张测试图像"),
                context.train().dataset().summaryProperty().get());
        assertEquals("abc", robot.lookup("#seed").queryAs(TextField.class).getText());
        assertTrue(Files.readString(dir.resolve("language.properties")).contains("language=zh-CN"),
                "the choice is remembered for the next start");

        robot.interact(() -> context.mainWindow().showPage(Page.EXPLORE));
        choose(robot, "语言", "English");

        assertEquals("Explore", pageTab(1));
        assertSame(session, context.explore().sessionProperty().get());
        assertEquals("grid", context.exploreView().orElseThrow().shownView());
        assertTrue(robot.lookup("#exploreModel").queryAs(Label.class).getText().contains("VAE (MLP) on"));
    }

    /** The run's message and error under Run were said once, in the language of their time (issue 27.11). */
    @Test
    void theRunsMessageUnderRunIsSaidAgainInTheNewLanguage(FxRobot robot) throws Exception {
        choose(robot, "Language", "简体中文");
        robot.interact(() -> context.mainWindow().showPage(Page.TRAIN));
        robot.interact(() -> context.train().run().resumeFrom(dir.resolve("missing.vaex"), 1));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> context.train().run().stateProperty().get() == org.vaeexplorer.ui.train.RunState.IDLE
                        && !context.train().run().messageProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String chinese = robot.lookup("#runMessage").queryAs(Label.class).getText();
        assertTrue(chinese.startsWith("无法") && chinese.contains("missing.vaex"), chinese);

        choose(robot, "语言", "English");
        robot.interact(() -> context.mainWindow().showPage(Page.TRAIN));

        String english = robot.lookup("#runMessage").queryAs(Label.class).getText();
        assertTrue(english.startsWith("Could not resume from missing.vaex"), english);
        String error = robot.lookup("#runError").queryAs(Label.class).getText();
        assertTrue(error.startsWith("Could not resume from missing.vaex"), "the error line too: " + error);
    }

    private String pageTab(int index) {
        return ((TabPane) scene.getRoot().lookup(".pages")).getTabs().get(index).getText();
    }

    /** Opens the menu bar's menu whose title starts with {@code menu} and clicks the item {@code item}. */
    private void choose(FxRobot robot, String menu, String item) {
        Node title = robot.lookup(".menu-bar .menu").match((Labeled l) -> l.getText().replace("_", "")
                .startsWith(menu)).query();
        robot.clickOn(title);
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
