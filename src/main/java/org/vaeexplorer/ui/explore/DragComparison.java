package org.vaeexplorer.ui.explore;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.vaeexplorer.metrics.LatencyRecorder;

/**
 * Measurement aid (issue 33): one drag of {@link DragDemo}, during which the view shown alternates between the plane
 * and How it works every {@link #BLOCK_SECONDS}, so that mouse-to-pixels with the view open and without are measured
 * in the same run under the same load, interleaved rather than one after the other. The samples of the first
 * {@link #SETTLE_SECONDS} after each switch are dropped: they time the tab switch's own layout, not the drag.
 */
final class DragComparison {
    static final double BLOCK_SECONDS = 1.5;
    static final double SETTLE_SECONDS = 0.25;
    private final Consumer<String> showView;
    private final LatencyRecorder mouseToPixels;
    private final LatencyRecorder howRefresh;
    private final LatencyRecorder withPlane = new LatencyRecorder();
    private final LatencyRecorder withHow = new LatencyRecorder();
    private boolean howShown;

    DragComparison(Consumer<String> showView, LatencyRecorder mouseToPixels, LatencyRecorder howRefresh) {
        this.showView = showView;
        this.mouseToPixels = mouseToPixels;
        this.howRefresh = howRefresh;
    }

    /** Drags for {@code seconds} with {@code drag}, then reports both views' figures as key=value lines. */
    void run(DragDemo drag, double seconds, Consumer<String> report) {
        show(false);
        Timeline switching = new Timeline(
                new KeyFrame(Duration.seconds(SETTLE_SECONDS), e -> {
                    mouseToPixels.clear();
                    howRefresh.clear();
                }),
                new KeyFrame(Duration.seconds(BLOCK_SECONDS), e -> show(!howShown)));
        switching.setCycleCount(Animation.INDEFINITE);
        switching.play();
        drag.run(seconds, () -> {
            switching.stop();
            show(false);
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            report.accept(withPlane.summary("mouse_to_pixels_plane"));
            report.accept(withHow.summary("mouse_to_pixels_howitworks"));
            report.accept(allRefreshes.summary("howitworks_refresh"));
            report.accept(String.format(Locale.ROOT, "load_average_1min=%.2f", load));
        });
    }

    /** Every refresh of How it works while it was shown (settling excluded). */
    private final LatencyRecorder allRefreshes = new LatencyRecorder();

    private void show(boolean how) {
        mouseToPixels.moveTo(howShown ? withHow : withPlane);
        if (howShown) {
            howRefresh.moveTo(allRefreshes);
        }
        howShown = how;
        showView.accept(how ? "howItWorks" : "plane");
    }
}
