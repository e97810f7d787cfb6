package org.vaeexplorer.ui.app;

import java.util.List;
import java.util.Optional;

/**
 * Where the main window opens: a pure calculation from the screens' visual bounds (the screen minus panels and
 * docks) and the bounds saved when it last closed, so it can be tested without a display.
 */
final class WindowPlacement {
    /** The size the pages were laid out for (and the README's snapshots were taken at). */
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 820;
    /**
     * The smallest size at which every page is usable: the Train page's form column with its run controls and a
     * readable chart, Explore's plane beside its controls, and the Models page's cards (checked in snapshots).
     */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;

    /** A rectangle in screen coordinates. */
    record Bounds(double x, double y, double width, double height) {
        boolean contains(Bounds other) {
            return other.x >= x && other.y >= y && other.x + other.width <= x + width
                    && other.y + other.height <= y + height;
        }
    }

    private WindowPlacement() {
    }

    /**
     * The saved bounds if they still lie wholly on one of the screens and are at least the minimum size that
     * screen allows; otherwise the preferred size, shrunk to the first (primary) screen and centred on it.
     *
     * @param screens visual bounds of the screens, the primary first
     */
    static Bounds place(List<Bounds> screens, Optional<Bounds> saved) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen to place the window on");
        }
        if (saved.isPresent()) {
            Bounds s = saved.get();
            for (Bounds screen : screens) {
                if (screen.contains(s) && s.width() >= minimumWidth(screen) && s.height() >= minimumHeight(screen)) {
                    return s;
                }
            }
        }
        Bounds primary = screens.get(0);
        double width = Math.min(PREFERRED_WIDTH, primary.width());
        double height = Math.min(PREFERRED_HEIGHT, primary.height());
        return new Bounds(primary.x() + (primary.width() - width) / 2, primary.y() + (primary.height() - height) / 2,
                width, height);
    }

    /** The minimum width, but never more than the screen has (a small screen still gets the whole window). */
    static double minimumWidth(Bounds screen) {
        return Math.min(MIN_WIDTH, screen.width());
    }

    static double minimumHeight(Bounds screen) {
        return Math.min(MIN_HEIGHT, screen.height());
    }
}
