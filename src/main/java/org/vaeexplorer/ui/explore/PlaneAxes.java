package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where the latent plane's grid lines and their numbers go. The step between numbered lines is the smallest of
 * 1, 2, 5, 10, 20... latent units that leaves room for the widest number (x) or a line of text (y), so a wide range
 * (a 200-dimensional model's +-12 and more) does not crowd; and the numbers of the two axes, which meet in the
 * bottom-left corner, leave each other room there.
 */
final class PlaneAxes {
    private static final int[] STEPS = {1, 2, 5};

    /** A number to draw: its text, the left end of its baseline, and its box (for tests: nothing overlaps). */
    record Tick(String text, double x, double baseline, double width, double height, boolean horizontal) {
        boolean overlaps(Tick o) {
            return x < o.x + o.width && o.x < x + width && baseline - height < o.baseline
                    && o.baseline - o.height < baseline;
        }
    }

    /** The grid lines (latent values) and numbers of both axes. */
    record Layout(List<Double> xLines, List<Double> yLines, List<Tick> ticks) {
    }

    private PlaneAxes() {
    }

    /**
     * @param u        screen units per pixel at 100% (the numbers' font is 11u high)
     * @param widthOf  how wide a number is drawn, in pixels
     */
    static Layout of(PlaneTransform t, double u, ToDoubleFunction<String> widthOf) {
        double font = 11 * u;
        int lx = (int) Math.floor(t.visibleHalfWidth());
        int ly = (int) Math.floor(t.visibleHalfHeight());
        double widest = Math.max(widthOf.applyAsDouble(Integer.toString(-lx)), widthOf.applyAsDouble(
                Integer.toString(-ly)));
        int xStep = step(t.scale(), widest + 8 * u);
        int yStep = step(t.scale(), 2.4 * font);
        List<Double> xLines = new ArrayList<>();
        List<Double> yLines = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        // The y numbers' column at the left edge and the x numbers' row at the bottom: each axis keeps out of the
        // other's near the corner.
        double yColumn = 3 * u + widest + 4 * u;
        double xRowTop = t.height() - 4 * u - font - 2 * u;
        for (int v = -lx; v <= lx; v++) {
            if (v % xStep == 0) {
                double sx = t.toScreenX(v);
                xLines.add((double) v);
                String text = Integer.toString(v);
                double left = sx + 2 * u;
                double width = widthOf.applyAsDouble(text);
                // Whole or not at all: a number at the right end ran past the plane's edge (issue 27.14).
                if ((left >= yColumn || v == 0) && left + width <= t.width()) {
                    ticks.add(new Tick(text, left, t.height() - 4 * u, width, font, true));
                }
            }
        }
        for (int v = -ly; v <= ly; v++) {
            if (v % yStep == 0) {
                double sy = t.toScreenY(v);
                yLines.add((double) v);
                double baseline = sy - 2 * u;
                if (v != 0 && baseline <= xRowTop && baseline - font >= 0) {
                    String text = Integer.toString(v);
                    ticks.add(new Tick(text, 3 * u, baseline, widthOf.applyAsDouble(text), font, false));
                }
            }
        }
        return new Layout(xLines, yLines, ticks);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50... units that spans at least {@code room} pixels at {@code scale}. */
    static int step(double scale, double room) {
        for (int decade = 1; decade < 1_000_000; decade *= 10) {
            for (int s : STEPS) {
                if (s * decade * scale >= room) {
                    return s * decade;
                }
            }
        }
        return 1_000_000;
    }
}
