package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
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
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.ScaleToFit;
import org.vaeexplorer.ui.explore.HowItWorksSteps;
import org.vaeexplorer.ui.explore.HowItWorksViewModel;

/**
 * How it works in presentation mode on a 1280x720 projector is seen whole, in English and in Chinese, for the models
 * with the most blocks that ship (the CVAE's label, the Joint VAE's Gumbel head, the structured-output CVAE's baseline
 * and prior nets: ten blocks) and the 2-D VAE the app opens on: at every step of the step-through, with the explanation of that
 * step beside the ELBO, nothing needs scrolling, every text lies inside the view and none is cut short, the view is
 * drawn no smaller than {@link ScaleToFit#SMALLEST} (90% of the type outside presentation mode), and at the same
 * size at every step (each block keeps the room it needs when revealed, the explanation that of the longest).
 */
@ExtendWith(ApplicationExtension.class)
class HowItWorksPresentationUiTest {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;
    @TempDir
    static Path dir;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        // The UI language is global: later tests in this JVM expect English (the window follows it on the FX thread).
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> I18n.setLocale(Locale.ENGLISH));
        if (context != null) {
            context.close();
        }
    }

    @Test
    void english(FxRobot robot) throws Exception {
        seenWhole(robot, Locale.ENGLISH, List.of("mnist-vae-2d.vaex", "mnist-joint-vae.vaex", "mnist-scvae.vaex"));
    }

    @Test
    void chinese(FxRobot robot) throws Exception {
        seenWhole(robot, Locale.SIMPLIFIED_CHINESE, List.of("mnist-cvae-2d.vaex", "mnist-scvae.vaex"));
    }

    private void seenWhole(FxRobot robot, Locale locale, List<String> models) throws Exception {
        robot.interact(() -> {
            I18n.setLocale(locale);
            try {
                context = ExploreWindow.show(stage, dir.resolve("runs-" + locale), (int) WIDTH, (int) HEIGHT);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            stage.getScene().getStylesheets().add(VaeExplorerApp.resource("app.css").toExternalForm());
            PresentationViewModel sizes = new PresentationViewModel();
            sizes.setScreenSize(WIDTH, HEIGHT);
            sizes.togglePresentation();
            PresentationMode.applyFontSize(stage.getScene().getRoot(), sizes.fontSizeProperty().get());
            PresentationMode.applyStyle(stage.getScene().getRoot(), true);
        });
        List<String> problems = new ArrayList<>();
        for (String model : models) {
            List<Double> scales = new ArrayList<>();
            ExploreWindow.open(robot, context, Path.of("models", model), 180);
            select(robot, "howItWorksTab");
            HowItWorksViewModel how = context.howItWorks();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> how.flowProperty().get() != null);
            for (int step = 0; step < how.steps().count(); step++) {
                robot.interact(() -> how.steps().next()); // the first starts the step-through
                WaitForAsyncUtils.waitForFxEvents();
                scales.add(check(robot, model + " step " + (step + 1) + "/" + how.steps().count(), problems));
            }
            robot.interact(() -> {
                how.steps().steppingProperty().set(false);
                how.steps().select(HowItWorksSteps.ELBO);
            });
            WaitForAsyncUtils.waitForFxEvents();
            scales.add(check(robot, model + " all blocks, the ELBO explained", problems));
            double spread = scales.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                    - scales.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            if (spread > 0.02 + 1e-9) {
                problems.add(model + ": the type changes size from step to step: " + scales);
            }
        }
        assertTrue(problems.isEmpty(), locale + ", not seen whole at 1280x720 in presentation mode:\n"
                + String.join("\n", problems));
    }

    /** The problems of the view as it is now, added to {@code problems}; the scale it is drawn at. */
    private static double check(FxRobot robot, String where, List<String> problems) {
        Node view = robot.lookup("#howItWorks").query();
        // Skins show a new text at the next layout: lay the scene out now, as the next pulse would.
        robot.interact(() -> {
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
        });
        ScrollPane scroll = enclosing(view);
        ScaleToFit fit = (ScaleToFit) view.getParent();
        Bounds content = scroll.getContent().getLayoutBounds();
        Bounds viewport = scroll.getViewportBounds();
        if (content.getHeight() > viewport.getHeight() + 1 || content.getWidth() > viewport.getWidth() + 1) {
            problems.add(where + ": scrolls, " + content + " in " + viewport);
        }
        if (fit.scale() < ScaleToFit.SMALLEST - 1e-9 || fit.scale() > 1) {
            problems.add(where + ": drawn at " + fit.scale());
        }
        Bounds shown = scroll.localToScene(scroll.getLayoutBounds());
        List<Labeled> labels = new ArrayList<>();
        collect(view, labels);
        for (Labeled l : labels) {
            Bounds b = l.localToScene(l.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMinX() < shown.getMinX() - 1 || b.getMaxX() > shown.getMaxX() + 1
                    || b.getMinY() < shown.getMinY() - 1 || b.getMaxY() > shown.getMaxY() + 1)) {
                problems.add(where + ": '" + l.getText() + "' outside the view at " + b + ", view " + shown);
            }
            for (Node n : l.getChildrenUnmodifiable()) {
                if (n instanceof Text t && l.getText() != null && !t.getText().equals(l.getText())) {
                    problems.add(where + ": cut short: '" + t.getText() + "'");
                }
                if (n instanceof Text t) {
                    Bounds tb = t.localToScene(t.getLayoutBounds());
                    if (tb.getMaxX() > b.getMaxX() + 1) {
                        problems.add(where + ": the text of '" + l.getText() + "' runs past its label: " + tb
                                + " in " + b);
                    }
                }
            }
        }
        return fit.scale();
    }

    private static ScrollPane enclosing(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s) {
                return s;
            }
        }
        throw new AssertionError("How it works is not in a scroll pane");
    }

    private static void collect(Node node, List<Labeled> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static void select(FxRobot robot, String id) {
        TabPane tabs = robot.lookup(".tab-pane").match((TabPane t) -> t.getTabs().stream()
                .anyMatch(x -> id.equals(x.getId()))).queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(x -> id.equals(x.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
    }
}
