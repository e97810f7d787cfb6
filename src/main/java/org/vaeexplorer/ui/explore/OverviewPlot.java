package org.vaeexplorer.ui.explore;

import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.vaeexplorer.explore.overview.LatentOverview;

/**
 * The overview's dots on a canvas that fills its pane: one dot per test image in its colour, the image last
 * clicked ringed; a click picks the nearest dot within a few pixels.
 */
final class OverviewPlot extends Pane {
    private static final double MARGIN = 12;
    private static final double DOT = 3;
    private static final double PICK_RADIUS = 8;
    private final Canvas canvas = new Canvas();
    private LatentOverview overview;
    private IntFunction<Color> colours = i -> Color.GREY;
    private int chosen = -1;
    private double minX;
    private double minY;
    private double scale = 1;

    OverviewPlot(IntConsumer onPick) {
        getChildren().add(canvas);
        getStyleClass().add("overview-plot");
        setMinSize(120, 120);
        canvas.setOnMouseClicked(e -> {
            int i = pick(e.getX(), e.getY());
            if (i >= 0) {
                chosen = i;
                draw();
                onPick.accept(i);
            }
        });
    }

    void show(LatentOverview o, IntFunction<Color> dotColours) {
        overview = o;
        colours = dotColours;
        if (o == null || chosen >= o.count()) {
            chosen = -1;
        }
        draw();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    /** The image whose dot is under the pixel (px, py), or -1. */
    int pick(double px, double py) {
        if (overview == null || overview.count() == 0) {
            return -1;
        }
        int i = overview.nearest(minX + (px - MARGIN) / scale, minY + (canvas.getHeight() - MARGIN - py) / scale);
        double dx = screenX(i) - px;
        double dy = screenY(i) - py;
        return dx * dx + dy * dy <= PICK_RADIUS * PICK_RADIUS ? i : -1;
    }

    double screenX(int i) {
        return MARGIN + (overview.x(i) - minX) * scale;
    }

    double screenY(int i) {
        return canvas.getHeight() - MARGIN - (overview.y(i) - minY) * scale;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (overview == null || overview.count() == 0) {
            return;
        }
        fit();
        for (int i = 0; i < overview.count(); i++) {
            g.setFill(colours.apply(i));
            g.fillOval(screenX(i) - DOT / 2, screenY(i) - DOT / 2, DOT, DOT);
        }
        if (chosen >= 0) {
            g.setStroke(Color.BLACK);
            g.setLineWidth(2);
            g.strokeOval(screenX(chosen) - 7, screenY(chosen) - 7, 14, 14);
        }
    }

    /** One scale for both axes (distances mean the same across and up), fitted to the canvas. */
    private void fit() {
        minX = Double.POSITIVE_INFINITY;
        minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < overview.count(); i++) {
            minX = Math.min(minX, overview.x(i));
            maxX = Math.max(maxX, overview.x(i));
            minY = Math.min(minY, overview.y(i));
            maxY = Math.max(maxY, overview.y(i));
        }
        double w = Math.max(1, canvas.getWidth() - 2 * MARGIN);
        double h = Math.max(1, canvas.getHeight() - 2 * MARGIN);
        scale = Math.min(w / Math.max(1e-9, maxX - minX), h / Math.max(1e-9, maxY - minY));
        // Centred: the spare room goes half to each side.
        minX -= (w / scale - (maxX - minX)) / 2;
        minY -= (h / scale - (maxY - minY)) / 2;
    }

    /** The ringed dot (-1: none), for tests. */
    int chosen() {
        return chosen;
    }
}
