package org.vaeexplorer.ui.app;

import java.io.PrintStream;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.vaeexplorer.metrics.LatencyRecorder;

/**
 * Measures frame pacing: the time between consecutive FX pulses, taken by a post-layout pulse listener. An empty
 * {@link AnimationTimer} keeps pulses requested every frame (JavaFX otherwise skips pulses when nothing changed, and
 * those idle gaps would read as stalls). A gap far above the 16.7 ms frame means the FX thread was busy.
 */
final class PulseMonitor {
    private final LatencyRecorder gaps = new LatencyRecorder();
    private final LatencyRecorder window = new LatencyRecorder();
    private final AnimationTimer keepPulsing = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // Intentionally empty: its presence makes every frame a pulse.
        }
    };
    private long lastPulse;

    void attach(Scene scene) {
        scene.addPostLayoutPulseListener(this::pulse);
        keepPulsing.start();
    }

    private void pulse() {
        long now = System.nanoTime();
        if (lastPulse != 0) {
            gaps.record(now - lastPulse);
            window.record(now - lastPulse);
        }
        lastPulse = now;
    }

    /**
     * Prints every {@code seconds} the figures of the last interval ({@code pulse_window_*}, so start-up does not
     * hide what follows) and of the whole session ({@code pulse_gap_*}), as key=value lines.
     */
    void reportEvery(double seconds, PrintStream out) {
        Timeline report = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> {
            out.println(window.summary("pulse_window") + " " + summary());
            window.clear();
        }));
        report.setCycleCount(Timeline.INDEFINITE);
        report.play();
    }

    String summary() {
        return gaps.summary("pulse_gap");
    }
}
