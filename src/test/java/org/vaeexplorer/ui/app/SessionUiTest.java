package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * Issue 33: a session saved after setting each field, the window reset, and the session opened again gives the
 * same state field by field; a missing model is offered to be picked; a bad file changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class SessionUiTest {
    private static final Path CVAE = Path.of("models", "mnist-cvae-2d.vaex").toAbsolutePath();
    private static final Path JOINT = Path.of("models", "mnist-joint-vae.vaex").toAbsolutePath();
    private static final Path VAE = Path.of("models", "mnist-vae-2d.vaex").toAbsolutePath();
    @TempDir
    static Path dir;
    private AppContext context;
    private final FixedDialogService dialogs = new FixedDialogService();

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        context = new AppContext(dir.resolve("runs"), dialogs);
        context.setStage(stage);
        javafx.scene.Scene scene = new javafx.scene.Scene(VaeExplorerApp.loadMainWindow(context), 1280, 720);
        LanguageSwitch.install(context, scene, new LanguageStore(dir.resolve("language.properties")));
        stage.setScene(scene);
        stage.show();
        context.mainWindow().showPage(Page.EXPLORE);
    }

    @AfterEach
    void close() {
        // The UI language is global: later tests in this JVM expect English.
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> I18n.setLocale(Locale.ENGLISH));
        context.close();
    }

    @Test
    void aCvaeSessionRestoresEveryField(FxRobot robot) throws Exception {
        open(robot, CVAE);
        saveVector(robot, 1, 7, "one to seven");
        saveVector(robot, 3, 8, "three to eight");
        robot.interact(() -> {
            context.explore().point().moveTo(1.25, -0.75);
            context.explore().point().labelProperty().set(7);
            context.exploreView().orElseThrow().showView("grid");
            context.mainWindow().presentation().presentationProperty().set(true);
            context.mainWindow().presentation().setZoom(1.5);
            context.mainWindow().languageProperty().set(Locale.SIMPLIFIED_CHINESE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        SessionFile set = capture(robot);
        assertEquals(List.of("explore", "grid", 7, 1.5, true, "zh-CN"), List.of(set.page(), set.view(), set.label(),
                set.zoom(), set.presentation(), set.language()), "every field was set before saving");
        assertArrayEquals(new float[] {1.25f, -0.75f}, set.code());
        assertEquals(List.of("one to seven", "three to eight"), set.vectors().stream().map(SessionFile.Vector::name)
                .toList(), "the saved vectors");
        roundTrip(robot, "cvae");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.arithmetic().vector() != null
                && "one to seven".equals(context.arithmetic().vector().name()));
    }

    @Test
    void aJointVaeSessionRestoresItsCategoriesAxesAndSliders(FxRobot robot) throws Exception {
        open(robot, JOINT);
        robot.interact(() -> {
            var point = context.explore().point();
            point.setPlaneDimensions(3, 5);
            point.setDimension(7, 1.5);
            point.moveTo(-0.5, 0.25);
            point.setCategory(0, 4);
            context.exploreView().orElseThrow().showView("traversal");
            context.mainWindow().presentation().setZoom(1.25);
        });
        WaitForAsyncUtils.waitForFxEvents();
        SessionFile set = capture(robot);
        assertEquals(List.of(3, 5, 4, "traversal"), List.of(set.planeX(), set.planeY(), set.categories()[0],
                set.view()), "every field was set before saving");
        assertEquals(1.5f, set.code()[7]);
        roundTrip(robot, "joint");
    }

    @Test
    void aMissingModelIsSaidAndCanBePickedOrLeft(FxRobot robot) throws Exception {
        open(robot, VAE);
        Path session = dir.resolve("moved").resolve("s.vaexs");
        Files.createDirectories(session.getParent());
        robot.interact(() -> assertTrue(context.sessions().save(session)));
        String json = Files.readString(session);
        Files.writeString(session, json.replaceAll("\"model\" : \"[^\"]*\"", "\"model\" : \"gone.vaex\""));
        open(robot, CVAE);
        SessionFile before = capture(robot);

        dialogs.answerQuestion(false);
        robot.interact(() -> assertFalse(context.sessions().open(session)));
        assertTrue(context.explore().errorProperty().get().contains("gone.vaex")
                && context.explore().errorProperty().get().contains("missing"), context.explore().errorProperty().get());
        assertTrue(dialogs.questions().get(0).contains("Pick the model"), dialogs.questions().toString());
        assertSame(before, capture(robot), "declining to pick changes nothing");

        dialogs.answerQuestion(true).answer(VAE);
        robot.interact(() -> assertTrue(context.sessions().open(session)));
        waitLoaded(robot, VAE);
        assertEquals(VAE, context.explore().openedFile().orElseThrow(), "the picked model opened");
    }

    @Test
    void aBadFileSaysWhyInOneLineAndChangesNothing(FxRobot robot) throws Exception {
        open(robot, CVAE);
        robot.interact(() -> context.explore().point().moveTo(0.5, 0.5));
        SessionFile before = capture(robot);
        Path good = dir.resolve("good.vaexs");
        robot.interact(() -> assertTrue(context.sessions().save(good)));
        String json = Files.readString(good);
        String[][] bad = {{"garbage", "not JSON"}, {json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 9"),
                "version 9"}, {json.replace("\"zoom\" : ", "\"zoom\" : \"big\", \"was\" : "), "zoom"}};
        for (String[] b : bad) {
            Path file = dir.resolve("bad.vaexs");
            Files.writeString(file, b[0]);
            robot.interact(() -> assertFalse(context.sessions().open(file)));
            String error = context.explore().errorProperty().get();
            assertTrue(error.contains(b[1]) && !error.contains("\n"), error);
            assertSame(before, capture(robot), "a bad file changes nothing: " + b[1]);
        }
    }

    @Test
    void aSessionsLessonShowsInThePanelAndItsStepsShowTheirViews(FxRobot robot) throws Exception {
        Path session = dir.resolve("lesson.vaexs");
        SessionFile sample = SessionFormatTest.sample(CVAE.toString());
        SessionFormat.write(new SessionFile(1, sample.model(), "explore", "plane", 0, 1, new float[] {0.25f, 0.5f}, 2,
                new int[0], 1, false, "en", sample.lesson(), null), session);
        robot.interact(() -> assertTrue(context.sessions().open(session)));
        waitLoaded(robot, CVAE);
        assertEquals("Moving along z1", robot.lookup("#lessonTitle").queryAs(javafx.scene.control.Label.class)
                .getText());
        assertTrue(robot.lookup("#lessonStep1").tryQuery().isPresent(), "the first step is shown");
        robot.clickOn("#lessonStep2Button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("grid", context.exploreView().orElseThrow().shownView(), "the step's button showed its view");
        assertEquals(sample.lesson(), context.sessions().lesson().orElseThrow(), "kept to be saved again");
        robot.interact(() -> context.mainWindow().languageProperty().set(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Moving along z1", robot.lookup("#lessonTitle").queryAs(javafx.scene.control.Label.class)
                .getText(), "no Chinese title: the English one");
        assertTrue(robot.lookup("#lessonStep1").queryAs(javafx.scene.Node.class).lookupAll(".label").stream()
                .anyMatch(n -> "拖动点。".equals(((javafx.scene.control.Label) n).getText())), "the step in Chinese");
    }

    /** Saves, resets every field (another model, language, mode, zoom, page, view), reopens and compares. */
    private void roundTrip(FxRobot robot, String name) throws Exception {
        Path session = dir.resolve("sessions").resolve(name + ".vaexs");
        Files.createDirectories(session.getParent());
        SessionFile before = capture(robot);
        robot.interact(() -> assertTrue(context.sessions().save(session)));
        assertTrue(Files.readString(session).contains("\"model\" : \"../../"), "relative to the session's folder");

        robot.interact(() -> {
            context.mainWindow().languageProperty().set(Locale.ENGLISH);
            context.mainWindow().presentation().setZoom(1);
            context.mainWindow().presentation().presentationProperty().set(false);
            context.mainWindow().presentation().setZoom(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        open(robot, VAE);
        robot.interact(() -> {
            context.exploreView().orElseThrow().showView("plane");
            context.mainWindow().showPage(Page.MODELS);
        });
        SessionFile reset = capture(robot);
        assertNotEquals(List.of(before.model(), before.page(), before.view()),
                List.of(reset.model(), reset.page(), reset.view()));

        robot.interact(() -> assertTrue(context.sessions().open(session)));
        Path model = SessionFormat.modelOf(before, session);
        waitLoaded(robot, model);
        assertSame(before, capture(robot), "reopened");
    }

    private static void assertSame(SessionFile want, SessionFile got, String what) {
        assertEquals(want.model(), got.model(), what + ": model");
        assertEquals(want.page(), got.page(), what + ": page");
        assertEquals(want.view(), got.view(), what + ": view");
        assertEquals(want.planeX(), got.planeX(), what + ": planeX");
        assertEquals(want.planeY(), got.planeY(), what + ": planeY");
        assertArrayEquals(want.code(), got.code(), what + ": code");
        assertEquals(want.label(), got.label(), what + ": label");
        assertArrayEquals(want.categories(), got.categories(), what + ": categories");
        assertEquals(want.zoom(), got.zoom(), 1e-9, what + ": zoom");
        assertEquals(want.presentation(), got.presentation(), what + ": presentation");
        assertEquals(want.language(), got.language(), what + ": language");
        assertEquals(SessionVectors.fromFile(want.vectors()), SessionVectors.fromFile(got.vectors()),
                what + ": vectors");
    }

    /** Chooses the classes {@code from} and {@code to} on the Arithmetic view and saves their vector as {@code name}. */
    private void saveVector(FxRobot robot, int from, int to, String name) throws Exception {
        var arithmetic = context.arithmetic();
        robot.interact(() -> {
            arithmetic.groups().kindProperty().set(org.vaeexplorer.explore.ImageGroup.Kind.CLASS);
            arithmetic.groups().fromClassProperty().set(from);
            arithmetic.groups().toClassProperty().set(to);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> arithmetic.vector() != null
                && arithmetic.vector().from().value() == from && arithmetic.vector().to().value() == to);
        robot.interact(() -> assertTrue(arithmetic.save(name)));
    }

    private SessionFile capture(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        SessionFile[] s = new SessionFile[1];
        robot.interact(() -> s[0] = context.sessions().capture(dir.resolve("sessions").resolve("x.vaexs")));
        return s[0];
    }

    private void open(FxRobot robot, Path model) throws Exception {
        robot.interact(() -> context.explore().open(model));
        waitLoaded(robot, model);
    }

    private void waitLoaded(FxRobot robot, Path model) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> context.explore().openedFile()
                .filter(model::equals).isPresent() && !context.explore().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
