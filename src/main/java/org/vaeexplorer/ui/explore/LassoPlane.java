package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.vaeexplorer.explore.Lasso;

/**
 * A {@link LatentPlane} with a layer over it for the Arithmetic view: while a group is being lassoed, a drag draws
 * a closed outline around dots (the plane underneath gets no mouse events then); otherwise the layer lets the mouse
 * through to the plane, and draws the attribute vector as an arrow from the first group's mean code to the second's.
 */
public final class LassoPlane extends Region {
    /** The first group's colour (Tableau blue), used by the plane's dots, the arrow and the histogram. */
    static final Color FROM = Color.web("#1f77b4");
    /** The second group's colour (Tableau orange). */
    static final Color TO = Color.web("#ff7f0e");
    private final LatentPlane plane = new LatentPlane();
    private final Canvas layer = new Canvas();
    private final List<double[]> outline = new ArrayList<>();
    /** 0: not lassoing; 1: lassoing the first group; 2: the second. */
    private int lassoing;
    private double[] arrow;
    private BiConsumer<Boolean, Lasso> onLasso = (first, lasso) -> { };

    public LassoPlane() {
        getStyleClass().add("lasso-plane");
        getChildren().addAll(plane, layer);
        layer.setMouseTransparent(true);
        layer.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            outline.clear();
            outline.add(new double[] {e.getX(), e.getY()});
            e.consume();
        });
        layer.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            outline.add(new double[] {e.getX(), e.getY()});
            redraw();
            e.consume();
        });
        layer.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            finishLasso();
            e.consume();
        });
    }

    /** The plane under the layer (its dots, axes and marker). */
    public LatentPlane plane() {
        return plane;
    }

    /** Starts lassoing the first group ({@code first}) or the second: the next drag draws its outline. */
    public void lasso(boolean first) {
        lassoing = first ? 1 : 2;
        outline.clear();
        layer.setMouseTransparent(false);
        layer.setCursor(javafx.scene.Cursor.CROSSHAIR);
    }

    /** Receives the group lassoed (true: the first) and its outline in latent units of the plane's two dimensions. */
    public void setOnLasso(BiConsumer<Boolean, Lasso> listener) {
        onLasso = listener;
    }

    /** Whether a group is being lassoed now. */
    public boolean isLassoing() {
        return lassoing != 0;
    }

    private void finishLasso() {
        boolean first = lassoing == 1;
        lassoing = 0;
        layer.setMouseTransparent(true);
        layer.setCursor(null);
        PlaneTransform t = plane.transform();
        double[] xs = new double[outline.size()];
        double[] ys = new double[outline.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = t.toLatentX(outline.get(i)[0]);
            ys[i] = t.toLatentY(outline.get(i)[1]);
        }
        outline.clear();
        redraw();
        onLasso.accept(first, new Lasso(xs, ys));
    }

    /** Draws the vector from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}) in latent units; null: none. */
    public void setArrow(double[] fromTo) {
        arrow = fromTo == null ? null : fromTo.clone();
        redraw();
    }

    /** A size of its own where no style sheet gives one (the CSS sets it in em: .arithmetic-plane). */
    @Override
    protected double computePrefWidth(double height) {
        return 280;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 150;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 280;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        plane.resizeRelocate(0, 0, w, h);
        // The plane sizes its canvases in its own layout, which would come after this one: the arrow is drawn with
        // the plane's transform, so the plane is laid out first.
        plane.layout();
        if (w != layer.getWidth() || h != layer.getHeight()) {
            layer.setWidth(w);
            layer.setHeight(h);
            redraw();
        }
    }

    private void redraw() {
        GraphicsContext g = layer.getGraphicsContext2D();
        g.clearRect(0, 0, layer.getWidth(), layer.getHeight());
        if (layer.getWidth() < 2) {
            return;
        }
        if (arrow != null) {
            drawArrow(g, plane.transform());
        }
        if (outline.size() > 1) {
            g.setStroke(lassoing == 1 ? FROM : TO);
            g.setLineWidth(2);
            g.setLineDashes(6, 4);
            g.beginPath();
            g.moveTo(outline.get(0)[0], outline.get(0)[1]);
            for (double[] p : outline) {
                g.lineTo(p[0], p[1]);
            }
            g.closePath();
            g.stroke();
            g.setLineDashes();
            g.setLineWidth(1);
        }
    }

    private void drawArrow(GraphicsContext g, PlaneTransform t) {
        double x0 = t.toScreenX(arrow[0]);
        double y0 = t.toScreenY(arrow[1]);
        double x1 = t.toScreenX(arrow[2]);
        double y1 = t.toScreenY(arrow[3]);
        double length = Math.hypot(x1 - x0, y1 - y0);
        g.setStroke(Color.BLACK);
        g.setLineWidth(2.5);
        g.strokeLine(x0, y0, x1, y1);
        if (length > 1) {
            double ux = (x1 - x0) / length;
            double uy = (y1 - y0) / length;
            double head = Math.min(12, length / 2);
            g.strokeLine(x1, y1, x1 - head * (ux - 0.5 * uy), y1 - head * (uy + 0.5 * ux));
            g.strokeLine(x1, y1, x1 - head * (ux + 0.5 * uy), y1 - head * (uy - 0.5 * ux));
        }
        g.setFill(FROM);
        g.fillOval(x0 - 5, y0 - 5, 10, 10);
        g.setFill(TO);
        g.fillOval(x1 - 5, y1 - 5, 10, 10);
        g.setLineWidth(1);
    }
}
