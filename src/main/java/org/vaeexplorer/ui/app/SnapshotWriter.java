package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshot mode: waits until the window's background work (dataset loading, model opening) is done and a few
 * frames have rendered, writes the scene as PNG and exits: 0 on success, 1 with a message otherwise.
 */
final class SnapshotWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriter.class);
    private static final Duration POLL = Duration.millis(100);
    private static final int MAX_POLLS = 1200;
    private final AppContext context;
    private final Scene scene;
    private int polls;
    private int idlePolls;
    /** Polls spent waiting on anything but a training run (a demo run may take as long as it likes). */
    private int waitingPolls;

    private final double afterSeconds;

    /** @param afterSeconds take the snapshot after this long instead of when idle (negative: when idle) */
    SnapshotWriter(AppContext context, Scene scene, double afterSeconds) {
        this.context = context;
        this.scene = scene;
        this.afterSeconds = afterSeconds;
    }

    void writeAndExit(Path file) {
        PauseTransition wait = new PauseTransition(POLL);
        wait.setOnFinished(e -> {
            polls++;
            if (!context.train().run().isActive()) {
                waitingPolls++;
            }
            idlePolls = context.isIdle() ? idlePolls + 1 : 0;
            boolean timeUp = afterSeconds >= 0 && polls * POLL.toSeconds() >= afterSeconds;
            if (timeUp || (afterSeconds < 0 && idlePolls >= 3) || waitingPolls >= MAX_POLLS) {
                write(file);
            } else {
                wait.playFromStart();
            }
        });
        wait.play();
    }

    private void write(Path file) {
        int code = 0;
        try {
            WritableImage image = scene.snapshot(null);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            // The documented key=value line scripts read.
            System.out.println("snapshot=" + file.toAbsolutePath());
            if (waitingPolls >= MAX_POLLS && !context.isIdle()) {
                LOG.warn("background work was still running after {} s; the snapshot may be incomplete",
                        MAX_POLLS / 10);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("could not write the snapshot {}", file, e);
            code = 1;
        }
        Platform.exit();
        System.exit(code);
    }
}
