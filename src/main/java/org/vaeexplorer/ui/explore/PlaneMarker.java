package org.vaeexplorer.ui.explore;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The plane's marker: a ring with four ticks, drawn once into a canvas just its own size and moved as a whole. A
 * move then repaints only the few pixels the marker leaves and enters. It used to be redrawn on a canvas as large
 * as the plane, which made every frame of a drag repaint the whole plane (about 670 x 540 pixels at 1280x720):
 * with the software renderer JavaFX falls back to on machines without a usable GPU (Xvfb among them), that painting
 * was most of a drag frame's time (issue 35).
 */
final class PlaneMarker extends Canvas {
    /** Half the canvas's side in units of the plane's scale: the ticks end 14 units from the centre. */
    private static final double HALF = 15;
    private double drawnFor = -1;
    private double half;

    PlaneMarker() {
        // The plane under it takes the mouse: a press on the marker is a press on the plane at that point.
        setMouseTransparent(true);
        // Placed by translation, not layoutX/Y, and unmanaged: a change of layoutX asks every parent up to the
        // window's root for a layout pass, a translation asks for nothing but the repaint.
        setManaged(false);
    }

    /**
     * Centres the marker on the plane's pixel ({@code x}, {@code y}), rounded to whole pixels so the ring stays
     * sharp; {@code unit} is the plane's screen units per pixel (zoom, presentation mode), redrawn when it changes.
     */
    void placeAt(double x, double y, double unit) {
        if (unit != drawnFor) {
            draw(unit);
        }
        setTranslateX(Math.round(x) - half);
        setTranslateY(Math.round(y) - half);
    }

    private void draw(double u) {
        drawnFor = u;
        half = Math.ceil(HALF * u);
        setWidth(2 * half);
        setHeight(2 * half);
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        double c = half;
        g.setStroke(Color.BLACK);
        g.setLineWidth(2.5 * u);
        g.strokeOval(c - 9 * u, c - 9 * u, 18 * u, 18 * u);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.2 * u);
        g.strokeOval(c - 7 * u, c - 7 * u, 14 * u, 14 * u);
        g.setStroke(Color.BLACK);
        g.strokeLine(c - 14 * u, c, c - 9 * u, c);
        g.strokeLine(c + 9 * u, c, c + 14 * u, c);
        g.strokeLine(c, c - 14 * u, c, c - 9 * u);
        g.strokeLine(c, c + 9 * u, c, c + 14 * u);
    }
}
