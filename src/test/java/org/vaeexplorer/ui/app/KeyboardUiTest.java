package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.ui.train.RunState;
import org.vaeexplorer.ui.train.TrainingRunViewModel;

/**
 * Issue 27, defect 2: the keyboard a classroom was promised. Each key is pressed as a user would (robot key events
 * on the window) and its effect checked; none acts while a text field has the focus.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardUiTest {
    @TempDir
    static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        org.vaeexplorer.ui.common.I18n.setLocale(java.util.Locale.ENGLISH);
        context = new AppContext(dir.resolve("runs"));
        context.setStage(stage);
        javafx.scene.Scene scene = new javafx.scene.Scene(VaeExplorerApp.loadMainWindow(context), 1280, 720);
        LanguageSwitch.install(context, scene, new LanguageStore(dir.resolve("language.properties")));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        // The UI language is global: later tests in this JVM expect English.
        org.vaeexplorer.ui.common.I18n.setLocale(java.util.Locale.ENGLISH);
        context.close();
    }

    /** After a switch to Chinese (the window is rebuilt around the same view models) F1 lists them in Chinese. */
    @Test
    void afterALanguageSwitchF1ShowsTheListInChineseOnce(FxRobot robot) {
        robot.interact(() -> context.mainWindow().languageProperty().set(java.util.Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F1);
        Node overlay = robot.lookup("#helpOverlay").query();
        assertTrue(overlay.isVisible(), "F1 works in the rebuilt window");
        assertEquals("键盘快捷键：“训练”页", robot.lookup("#helpTitle").queryAs(Label.class).getText());
        assertEquals(expected(Page.TRAIN), listed(robot));
        assertTrue(listed(robot).contains("开始训练；暂停；继续"));
        robot.type(KeyCode.ESCAPE);
        assertFalse(overlay.isVisible());
    }

    @Test
    void f1AndQuestionMarkToggleTheListOfThePagesShortcutsWhichTheHelpMenuListsToo(FxRobot robot) throws Exception {
        show(robot, Page.TRAIN);
        Node overlay = robot.lookup("#helpOverlay").query();
        assertFalse(overlay.isVisible());
        robot.type(KeyCode.F1);
        assertTrue(overlay.isVisible(), "F1 shows the shortcuts");
        assertEquals(expected(Page.TRAIN), listed(robot));
        assertTrue(listed(robot).contains(org.vaeexplorer.ui.common.I18n.text("shortcut.trainSpace")));
        robot.type(KeyCode.F1);
        assertFalse(overlay.isVisible(), "F1 again hides them");
        robot.write("?");
        assertTrue(overlay.isVisible(), "? shows them");
        // The list follows the page shown.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected(Page.EXPLORE), listed(robot));
        robot.write("?");
        assertFalse(overlay.isVisible(), "? again hides them");
        robot.type(KeyCode.F1).type(KeyCode.ESCAPE);
        assertFalse(overlay.isVisible(), "Esc hides them");
        // While presenting, the first Esc closes the list and the second leaves presentation mode.
        robot.interact(() -> context.mainWindow().presentation().presentationProperty().set(true));
        robot.type(KeyCode.F1).type(KeyCode.ESCAPE);
        assertFalse(overlay.isVisible());
        assertTrue(context.mainWindow().presentation().presentationProperty().get(), "still presenting");
        robot.type(KeyCode.ESCAPE);
        assertFalse(context.mainWindow().presentation().presentationProperty().get());

        // The Help menu lists the same lines for the page shown, and opens the overlay and About.
        robot.clickOn("#helpMenu");
        List<String> menuLines = new ArrayList<>();
        for (MenuItem item : menu(robot).getItems()) {
            if (item.getId() != null && item.getId().startsWith("helpLine-")) {
                menuLines.add(item.getText());
            }
        }
        List<String> fromDeclaration = new ArrayList<>();
        for (Shortcuts.Shortcut s : Shortcuts.shown(Page.EXPLORE)) {
            fromDeclaration.add(org.vaeexplorer.ui.common.I18n.text("help.menuLine", s.keys(), s.action()));
        }
        assertEquals(fromDeclaration, menuLines);
        robot.clickOn(org.vaeexplorer.ui.common.I18n.text("help.shortcuts"));
        assertTrue(overlay.isVisible(), "Help > Keyboard shortcuts shows the overlay");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#helpMenu").clickOn(org.vaeexplorer.ui.common.I18n.text("help.about"));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = robot.lookup("#aboutPane").queryAs(DialogPane.class);
        assertTrue(about.getHeaderText().startsWith("VAE Explorer "), about.getHeaderText());
        assertTrue(about.getContentText().contains("variational autoencoders"), about.getContentText());
        assertTrue(about.getContentText().contains("CC BY-SA 3.0"), "the licence line");
        robot.interact(() -> ((Stage) about.getScene().getWindow()).close());
    }

    @Test
    void digitsPickTheCvaesLabelAndTheJointVaesCategoryButNotWhileTyping(FxRobot robot) throws Exception {
        open(robot, Path.of("models", "fashion-cvae-2d.vaex"));
        robot.type(KeyCode.DIGIT7);
        assertEquals(7, context.explore().point().labelProperty().get(), "7 picks the CVAE's label 7");
        robot.type(KeyCode.NUMPAD3);
        assertEquals(3, context.explore().point().labelProperty().get(), "so does the keypad");

        open(robot, Path.of("models", "mnist-joint-vae.vaex"));
        robot.type(KeyCode.DIGIT4);
        assertArrayEquals(new int[] {4}, context.explore().point().categoriesProperty().get(),
                "4 picks the Joint VAE's category 4");

        // In a text field (the Interpolation view's test-image number) a digit is text.
        robot.interact(() -> context.exploreView().orElseThrow().showView("interpolation"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField from = robot.lookup("#fromIndex").queryAs(javafx.scene.control.Spinner.class).getEditor();
        robot.clickOn(from);
        // On a loaded machine the click's focus can land after the next key event: type only once the field has it.
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, from::isFocused);
        robot.type(KeyCode.DIGIT1);
        assertTrue(from.getText().endsWith("1"), "the digit went into the field: " + from.getText());
        assertArrayEquals(new int[] {4}, context.explore().point().categoriesProperty().get(),
                "a digit typed into a field picks nothing");
    }

    @Test
    void spaceStartsPausesAndResumesTrainingButNotWhileTypingInAField(FxRobot robot) throws Exception {
        TrainingRunViewModel run = context.train().run();
        show(robot, Page.TRAIN);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.train().dataset().dataProperty().get() != null);
        robot.interact(() -> {
            context.train().form().epochsProperty().set("1");
            context.train().form().trainLimitProperty().set("1280");
            run.delayMillisProperty().set(300);
        });
        TextField epochs = robot.lookup("#epochs").queryAs(TextField.class);
        robot.interact(epochs::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RunState.IDLE, run.stateProperty().get(), "Space in a field starts nothing");
        assertTrue(epochs.getText().contains(" "), "it is typed into the field: '" + epochs.getText() + "'");
        robot.interact(() -> epochs.setText("1"));

        robot.interact(() -> robot.lookup("#pages").queryAs(TabPane.class).requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> run.stateProperty().get() == RunState.RUNNING);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> run.stateProperty().get() == RunState.PAUSED);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> run.stateProperty().get() == RunState.RUNNING);

        // While Explore follows the run, Space pauses and resumes it there too.
        robot.interact(() -> context.explore().followingProperty().set(true));
        show(robot, Page.EXPLORE);
        robot.interact(() -> robot.lookup("#pages").queryAs(TabPane.class).requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> run.stateProperty().get() == RunState.PAUSED);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> run.stateProperty().get() == RunState.RUNNING);
        robot.interact(() -> {
            context.explore().followingProperty().set(false);
            run.cancel();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> run.stateProperty().get() == RunState.IDLE);
    }

    @Test
    void rDrawsNewSamplesOnTheDrawViewAndNewCompletionsOnTheCompletionView(FxRobot robot) throws Exception {
        open(robot, org.vaeexplorer.ui.explore.ExploreFixtures.SHIPPED);
        robot.interact(() -> context.exploreView().orElseThrow().showView("draw"));
        Canvas pad = robot.lookup("#drawPad").queryAs(Canvas.class);
        robot.moveTo(pad).moveBy(0, -90).press(MouseButton.PRIMARY).moveBy(-5, 80).moveBy(-5, 80)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.draw().isUpToDate());
        WaitForAsyncUtils.waitForFxEvents();
        long before = context.draw().analysesRequested();
        float[] samples = context.draw().resultProperty().get().posterior().sampleCodes();
        robot.interact(() -> robot.lookup("#pages").queryAs(TabPane.class).requestFocus());
        robot.type(KeyCode.R);
        assertEquals(before + 1, context.draw().analysesRequested(), "R asks for new samples");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.draw().isUpToDate());
        assertFalse(java.util.Arrays.equals(samples,
                context.draw().resultProperty().get().posterior().sampleCodes()), "other samples of q(z|x)");

        open(robot, Path.of("models", "mnist-scvae.vaex"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.completion().picturesProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var shown = context.completion().picturesProperty().get();
        robot.interact(() -> robot.lookup("#pages").queryAs(TabPane.class).requestFocus());
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.completion().picturesProperty().get() != shown);
        assertNotSame(shown, context.completion().picturesProperty().get(), "R draws new completions");
    }

    private void show(FxRobot robot, Page page) {
        robot.interact(() -> context.mainWindow().showPage(page));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, Path checkpoint) throws Exception {
        show(robot, Page.EXPLORE);
        robot.interact(() -> context.explore().open(checkpoint));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.explore().sessionProperty().get() != null
                && context.explore().sessionProperty().get().title().contains(
                        checkpoint.getFileName().toString().replace(".vaex", "")));
        // Keys go to the window, not to a field the page may have focused.
        robot.interact(() -> robot.lookup("#pages").queryAs(TabPane.class).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> expected(Page page) {
        List<String> actions = new ArrayList<>();
        for (Shortcuts.Shortcut s : Shortcuts.shown(page)) {
            actions.add(s.action());
        }
        return actions;
    }

    /** The actions the overlay lists, top to bottom (the right column of its grid). */
    private static List<String> listed(FxRobot robot) {
        GridPane list = robot.lookup("#helpList").queryAs(GridPane.class);
        List<String> actions = new ArrayList<>();
        for (Node n : list.getChildren()) {
            Integer col = GridPane.getColumnIndex(n);
            Integer span = GridPane.getColumnSpan(n);
            if (col != null && col == 1 && (span == null || span == 1) && n instanceof Label l) {
                actions.add(l.getText());
            }
        }
        return actions;
    }

    private javafx.scene.control.Menu menu(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().filter(m -> "helpMenu".equals(m.getId())).findFirst().orElseThrow();
    }
}
