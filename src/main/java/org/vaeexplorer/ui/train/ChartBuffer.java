package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded series for a live chart. Each stored point averages {@code stride} raw points; when more than
 * {@code capacity} are stored, neighbours are merged in pairs over the whole series and the stride doubles. So the
 * resolution stays uniform from the first batch to the last, the whole run stays in view, and a 50-epoch run never
 * holds more than {@code capacity} points. The newest, still-filling bucket is shown too, so the line reaches the
 * present.
 */
public final class ChartBuffer {
    /** One chart point. */
    public record Point(double x, double y) {
    }

    private final int capacity;
    private final List<Point> points = new ArrayList<>();
    private int stride = 1;
    private double pendingX;
    private double pendingY;
    private int pendingCount;

    public ChartBuffer(int capacity) {
        if (capacity < 8) {
            throw new IllegalArgumentException("capacity must be at least 8");
        }
        this.capacity = capacity;
    }

    public void add(double x, double y) {
        if (!Double.isFinite(y)) {
            return;
        }
        pendingX += x;
        pendingY += y;
        pendingCount++;
        if (pendingCount == stride) {
            points.add(new Point(pendingX / stride, pendingY / stride));
            pendingX = 0;
            pendingY = 0;
            pendingCount = 0;
            if (points.size() >= capacity) {
                mergePairs();
            }
        }
    }

    /** The stored points, then the partial newest bucket if any. */
    public List<Point> points() {
        List<Point> out = new ArrayList<>(points);
        if (pendingCount > 0) {
            out.add(new Point(pendingX / pendingCount, pendingY / pendingCount));
        }
        return out;
    }

    public int size() {
        return points.size() + (pendingCount > 0 ? 1 : 0);
    }

    /** How many raw points each stored point averages. */
    public int stride() {
        return stride;
    }

    public void clear() {
        points.clear();
        stride = 1;
        pendingX = 0;
        pendingY = 0;
        pendingCount = 0;
    }

    private void mergePairs() {
        List<Point> merged = new ArrayList<>(capacity / 2 + 1);
        int i = 0;
        for (; i + 1 < points.size(); i += 2) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            merged.add(new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2));
        }
        stride *= 2;
        if (i < points.size()) {
            // An odd last point averages only half a bucket: carry it as the start of the next one.
            Point last = points.get(i);
            pendingX = last.x() * (stride / 2);
            pendingY = last.y() * (stride / 2);
            pendingCount = stride / 2;
        }
        points.clear();
        points.addAll(merged);
    }
}
