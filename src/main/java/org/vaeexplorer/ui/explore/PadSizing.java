package org.vaeexplorer.ui.explore;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * The Draw tab's pad grows with the window, as the plane beside it does: at 1920x1080 it stayed at the 260 px it
 * was drawn for at 1280x720 (issue 27.14). Its side is a share of the tab's width, within the height the tab
 * leaves it under its controls, and never less than the canvas's size in the FXML; strokes are kept in pad units
 * (0..1), so the view repaints them at the new size.
 */
final class PadSizing {
    /** Of the tab's width: 1280x720 keeps its 260 px pad, 1920x1080 gets about 430. */
    private static final double SHARE = 0.27;
    /** What the pad's column holds besides the pad (title, brush, buttons, quadrants), at most, in pixels. */
    private static final double BELOW = 230;

    private PadSizing() {
    }

    /** Sizes {@code pad} (in its frame, in its column, in the tab) from the tab; {@code repaint} redraws it. */
    static void follow(Canvas pad, Runnable repaint) {
        Region frame = (Region) pad.getParent();
        Region column = (Region) frame.getParent();
        Region tab = (Region) column.getParent();
        double smallest = pad.getWidth();
        DoubleBinding side = Bindings.createDoubleBinding(() -> Math.floor(Math.max(smallest,
                Math.min(tab.getWidth() * SHARE, tab.getHeight() - BELOW))), tab.widthProperty(),
                tab.heightProperty());
        pad.widthProperty().bind(side);
        pad.heightProperty().bind(side);
        // The column is the pad and its frame wide; its buttons wrap under it.
        column.minWidthProperty().bind(side.add(frame.snappedLeftInset() + frame.snappedRightInset() + 4));
        column.maxWidthProperty().bind(column.minWidthProperty());
        pad.widthProperty().addListener((o, was, now) -> repaint.run());
    }
}
