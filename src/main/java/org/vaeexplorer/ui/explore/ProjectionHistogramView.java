package org.vaeexplorer.ui.explore;

import java.util.function.DoubleConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.vaeexplorer.explore.ProjectionHistogram;

/**
 * The test set projected on an attribute vector, one histogram per group over the same axis (each bar the share of
 * its group's images in that bin, so groups of different sizes compare): the first group in blue, the second in
 * orange, the other images as a grey outline; dashed lines at the two mean codes (t = 0 and t = 1) and a black line
 * at the current point, which a click or drag moves.
 */
public final class ProjectionHistogramView extends Region {
    /** Room below the bars for the axis labels, in pixels at 100% (times the font's scale). */
    private static final double AXIS = 18;
    private final Canvas canvas = new Canvas();
    /** Never drawn: inherits the UI's font size (zoom, presentation mode), which the drawing follows. */
    private final javafx.scene.text.Text em = new javafx.scene.text.Text();
    private ProjectionHistogram shown;
    private double position = Double.NaN;
    private String fromLabel = "";
    private String toLabel = "";
    private DoubleConsumer onSeek = t -> { };

    public ProjectionHistogramView() {
        getStyleClass().add("projection-histogram");
        em.setVisible(false);
        em.setManaged(false);
        getChildren().addAll(canvas, em);
        em.fontProperty().addListener((o, was, now) -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::seek);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::seek);
    }

    private double unit() {
        return em.getFont().getSize() / 13;
    }

    private void seek(MouseEvent e) {
        if (shown != null && canvas.getWidth() > 1) {
            onSeek.accept(shown.min() + (shown.max() - shown.min()) * Math.max(0, Math.min(1,
                    e.getX() / canvas.getWidth())));
            e.consume();
        }
    }

    /** Receives the coordinate clicked or dragged to. */
    public void setOnSeek(DoubleConsumer listener) {
        onSeek = listener;
    }

    /** Shows {@code h} (null: nothing) with its mean codes labelled {@code from} and {@code to}. */
    public void show(ProjectionHistogram h, String from, String to) {
        shown = h;
        fromLabel = from;
        toLabel = to;
        redraw();
    }

    /** The current point's coordinate along the vector (NaN: not drawn). */
    public void setPosition(double t) {
        position = t;
        redraw();
    }

    /** The histogram drawn now (for tests). */
    ProjectionHistogram shown() {
        return shown;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 180;
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        ProjectionHistogram p = shown;
        if (p == null || w < 2 || h < 2) {
            return;
        }
        double u = unit();
        double bottom = h - AXIS * u;
        int[][] groups = {p.others(), p.from(), p.to()};
        double[] totals = new double[3];
        double tallest = 0;
        for (int k = 0; k < 3; k++) {
            for (int b = 0; b < p.bins(); b++) {
                totals[k] += groups[k][b];
            }
            for (int b = 0; b < p.bins(); b++) {
                tallest = Math.max(tallest, totals[k] == 0 ? 0 : groups[k][b] / totals[k]);
            }
        }
        double bin = w / p.bins();
        double scale = tallest == 0 ? 0 : (bottom - 4 * u) / tallest;
        Color[] colours = {Color.gray(0.55), LassoPlane.FROM, LassoPlane.TO};
        for (int k = 0; k < 3; k++) {
            for (int b = 0; b < p.bins() && totals[k] > 0; b++) {
                double height = groups[k][b] / totals[k] * scale;
                if (k == 0) {
                    g.setStroke(colours[0]);
                    g.strokeRect(b * bin + 0.5, bottom - height, bin - 1, height);
                } else {
                    g.setFill(colours[k].deriveColor(0, 1, 1, 0.55));
                    g.fillRect(b * bin, bottom - height, bin - 0.5, height);
                }
            }
        }
        g.setStroke(Color.gray(0.4));
        g.strokeLine(0, bottom, w, bottom);
        g.setFont(Font.font(11 * u));
        // The groups' names under their means when both fit side by side; else t alone (the legend names them).
        String from = "t = 0: " + fromLabel;
        String to = "t = 1: " + toLabel;
        if (x(p, 1) - x(p, 0) < (width(g, from) + width(g, to)) / 2 + 8 * u) {
            from = "t = 0";
            to = "t = 1";
        }
        mark(g, p, 0, LassoPlane.FROM, from, bottom, u);
        mark(g, p, 1, LassoPlane.TO, to, bottom, u);
        if (Double.isFinite(position)) {
            double x = x(p, Math.max(p.min(), Math.min(p.max(), position)));
            g.setStroke(Color.BLACK);
            g.setLineWidth(2.5 * u);
            g.strokeLine(x, 0, x, bottom);
            g.setLineWidth(1);
        }
    }

    private void mark(GraphicsContext g, ProjectionHistogram p, double t, Color colour, String label, double bottom,
                      double u) {
        double x = x(p, t);
        g.setStroke(colour);
        g.setLineDashes(5, 4);
        g.strokeLine(x, 0, x, bottom);
        g.setLineDashes();
        g.setFill(colour.darker());
        double width = width(g, label);
        g.fillText(label, Math.max(0, Math.min(canvas.getWidth() - width, x - width / 2)), bottom + 13 * u);
    }

    private static double width(GraphicsContext g, String text) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(g.getFont());
        return measure.getLayoutBounds().getWidth();
    }

    private double x(ProjectionHistogram p, double t) {
        return (t - p.min()) / (p.max() - p.min()) * canvas.getWidth();
    }
}
