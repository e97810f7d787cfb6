package org.vaeexplorer.explore;

import java.util.Arrays;

/**
 * One stroke of a pen on the drawing pad: its points as x, y pairs in pad units (0..1 across the pad, y down) and
 * the brush's width in the same units. Immutable, so a list of strokes can be handed to a worker thread as it is.
 */
public record Stroke(float[] xy, float width) {
    public Stroke {
        if (xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a stroke needs x, y pairs, got " + xy.length + " values");
        }
        xy = xy.clone();
    }

    @Override
    public float[] xy() {
        return xy.clone();
    }

    public int points() {
        return xy.length / 2;
    }

    public float x(int i) {
        return xy[2 * i];
    }

    public float y(int i) {
        return xy[2 * i + 1];
    }

    /** This stroke with one more point. */
    public Stroke plus(double x, double y) {
        float[] more = Arrays.copyOf(xy, xy.length + 2);
        more[xy.length] = (float) x;
        more[xy.length + 1] = (float) y;
        return new Stroke(more, width);
    }
}
