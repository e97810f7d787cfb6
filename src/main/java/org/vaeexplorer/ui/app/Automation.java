package org.vaeexplorer.ui.app;

import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.explore.GreyPng;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.Messages;

/**
 * The measurement and demonstration aids of the start options, in one place so no view carries them: presentation
 * mode and zoom (for snapshots of them), the pulse report, the Explore drag demo, a training run started from the
 * command line (optionally followed live in Explore), a picture put on the drawing pad and the snapshot that
 * photographs the window and exits.
 */
final class Automation {
    private static final Logger LOG = LoggerFactory.getLogger(Automation.class);
    private final AppContext context;
    private final Scene scene;

    Automation(AppContext context, Scene scene) {
        this.context = context;
        this.scene = scene;
    }

    /** Starts what the options ask for; call once the window is showing. */
    void start(StartOptions options) {
        // Presentation first, so that a zoom given with it is presentation mode's zoom.
        if (options.presentation()) {
            context.mainWindow().presentation().presentationProperty().set(true);
            if (options.snapshot().isPresent() && scene.getWindow() instanceof javafx.stage.Stage stage) {
                // A headless X server has no window manager to grant full screen: the window takes the screen's
                // size itself, so the snapshot shows the full-screen layout.
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
                stage.setX(screen.getMinX());
                stage.setY(screen.getMinY());
                stage.setWidth(screen.getWidth());
                stage.setHeight(screen.getHeight());
            }
        }
        if (options.zoomPercent() > 0) {
            context.mainWindow().presentation().setZoom(options.zoomPercent() / 100);
        }
        if (options.pulseReportSeconds() > 0) {
            PulseMonitor pulses = new PulseMonitor();
            pulses.attach(scene);
            pulses.reportEvery(options.pulseReportSeconds(), System.out);
        }
        if (options.exploreDragSeconds() > 0) {
            // With How it works asked for, the drag compares it with the plane in one run (issue 33).
            boolean compare = "howitworks".equals(options.exploreView());
            context.exploreView().ifPresent(v -> {
                if (compare) {
                    v.startDragComparison(options.exploreDragSeconds(), context.howItWorks().refreshTimes(),
                            System.out::println);
                } else {
                    v.startDragDemo(options.exploreDragSeconds(), System.out::println);
                }
            });
        }
        if (options.draw() != null) {
            try {
                GreyPng.Picture picture = GreyPng.readInk(options.draw());
                context.draw().load(picture.ink(), picture.width(), picture.height());
            } catch (java.io.IOException e) {
                LOG.warn("could not read the picture {} for the pad", options.draw(), e);
                context.explore().errorProperty().set(I18n.text("explore.draw.error.picture", options.draw(),
                        Messages.of(e)));
            }
        }
        if (options.trainDataset() != null) {
            context.train().dataset().select(options.trainDataset());
        }
        if (options.importFolder() != null) {
            context.train().imports().start(options.importFolder());
        }
        if (options.trainEpochs() > 0) {
            context.train().form().epochsProperty().set(Integer.toString(options.trainEpochs()));
            context.train().form().trainLimitProperty().set(Integer.toString(options.trainImages()));
            context.train().startWhenDataLoaded();
            if (options.follow()) {
                context.explore().followingProperty().set(true);
            }
        }
        options.snapshot().ifPresent(file -> new SnapshotWriter(context, scene, options.snapshotAfterSeconds())
                .writeAndExit(file));
    }
}
