package org.vaeexplorer.ui.explore;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Measurement aid: drags the plane's marker in a circle of radius 2 by firing real mouse events at it, so the
 * mouse-to-pixels latency can be measured without a hand. The events come from a timer thread at 125 Hz (a common
 * mouse report rate), unaligned with the display's pulses, as a real mouse's are.
 */
final class DragDemo {
    private static final long PERIOD_MILLIS = 8;
    private static final double RADIUS = 2;
    private final LatentPlane plane;

    DragDemo(LatentPlane plane) {
        this.plane = plane;
    }

    /** Drags for {@code seconds}, then releases and calls {@code done} on the FX thread. */
    void run(double seconds, Runnable done) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "drag-demo");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        Platform.runLater(() -> fire(MouseEvent.MOUSE_PRESSED, 0));
        timer.scheduleAtFixedRate(() -> {
            double t = (System.nanoTime() - start) / 1e9;
            if (t > seconds) {
                timer.shutdown();
                Platform.runLater(() -> {
                    fire(MouseEvent.MOUSE_RELEASED, t);
                    done.run();
                });
                return;
            }
            Platform.runLater(() -> fire(MouseEvent.MOUSE_DRAGGED, t));
        }, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void fire(EventType<MouseEvent> type, double t) {
        PlaneTransform tr = plane.transform();
        double x = tr.toScreenX(RADIUS * Math.cos(t));
        double y = tr.toScreenY(RADIUS * Math.sin(t));
        Node target = plane.surface();
        // A MouseEvent is built in scene coordinates; delivery converts them to the target's.
        Point2D scene = target.localToScene(x, y);
        Point2D screen = target.localToScreen(x, y);
        target.fireEvent(new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null));
    }
}
