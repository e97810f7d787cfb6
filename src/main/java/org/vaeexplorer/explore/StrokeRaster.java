package org.vaeexplorer.explore;

import java.util.List;

/**
 * Renders pen strokes into a square raster of ink in [0, 1]: each stroke is a chain of segments with round ends and
 * joins, its edge anti-aliased over one pixel (coverage = radius - distance + 1/2, clamped). Done in plain Java,
 * not by the toolkit's canvas, so what the model sees does not depend on the screen's scale and can be tested
 * without a display.
 */
public final class StrokeRaster {
    private StrokeRaster() {
    }

    /**
     * The strokes over {@code base} (an earlier raster of the same size, e.g. a loaded picture; null for none),
     * {@code size x size} pixels; where both have ink the darker wins.
     */
    public static float[] render(List<Stroke> strokes, float[] base, int size) {
        float[] out = base == null ? new float[size * size] : base.clone();
        if (out.length != size * size) {
            throw new IllegalArgumentException("the base raster is not " + size + "x" + size);
        }
        for (Stroke s : strokes) {
            double r = Math.max(0.5, s.width() * size / 2.0);
            for (int i = 0; i < s.points(); i++) {
                int j = Math.min(i + 1, s.points() - 1);
                segment(out, size, s.x(i) * size, s.y(i) * size, s.x(j) * size, s.y(j) * size, r);
                if (j == i) {
                    break;
                }
            }
        }
        return out;
    }

    /** Paints the capsule of radius {@code r} around segment a-b, visiting only the pixels of its bounding box. */
    private static void segment(float[] out, int size, double ax, double ay, double bx, double by, double r) {
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - r - 1));
        int x1 = Math.min(size - 1, (int) Math.ceil(Math.max(ax, bx) + r + 1));
        int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - r - 1));
        int y1 = Math.min(size - 1, (int) Math.ceil(Math.max(ay, by) + r + 1));
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double px = x + 0.5 - ax;
                double py = y + 0.5 - ay;
                // The nearest point of the segment: the projection, clamped to the ends.
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
                double d = Math.hypot(px - t * dx, py - t * dy);
                float coverage = (float) Math.max(0, Math.min(1, r - d + 0.5));
                int k = y * size + x;
                if (coverage > out[k]) {
                    out[k] = coverage;
                }
            }
        }
    }
}
