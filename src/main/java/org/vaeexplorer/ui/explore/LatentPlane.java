package org.vaeexplorer.ui.explore;

import java.util.function.IntConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.vaeexplorer.explore.EncodedImages;

/**
 * The latent plane: encoded test images as dots coloured by class (with optional 1-sigma ellipses), the prior's
 * contours, axes in latent units, and a draggable marker. The dots are drawn on a canvas once per change of codes
 * or size; while dragging only the small marker moves ({@link PlaneMarker}), so neither 10,000 points nor the
 * plane's area cost anything per mouse move.
 */
public final class LatentPlane extends Region {
    /** How close (pixels) a click must be to a dot to pick that test image. */
    private static final double PICK_RADIUS = 5;
    private static final double DOT = 3;
    /** Latent units an arrow key moves the point. */
    private static final double NUDGE = 0.1;
    private final Canvas points = new Canvas();
    private final PlaneMarker marker = new PlaneMarker();
    /** Never drawn: inherits the UI's font size from the CSS (zoom, presentation mode); text, dots and marker follow. */
    private final javafx.scene.text.Text em = new javafx.scene.text.Text();
    private EncodedImages codes;
    private java.util.function.IntFunction<Color> dotColours;
    private int xDim = 0;
    private int yDim = 1;
    private double extent = 4;
    private boolean showPoints = true;
    private boolean showEllipses;
    private boolean showPrior = true;
    private double markerX;
    private double markerY;
    private MoveListener onMove = (x, y) -> { };
    private IntConsumer onPick = i -> { };

    /** Receives the latent position the user dragged to. */
    @FunctionalInterface
    public interface MoveListener {
        void moved(double zx, double zy);
    }

    public LatentPlane() {
        getStyleClass().add("latent-plane");
        em.setVisible(false);
        em.setManaged(false);
        getChildren().addAll(points, marker, em);
        em.fontProperty().addListener((o, was, now) -> {
            redrawPoints();
            redrawMarker();
        });
        points.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        points.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        // The marker near an edge reaches past the plane: it is cut there, as the plane's own drawing is.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        // Arrow keys nudge the point (Shift: five times further), for a teacher at a keyboard or a projector remote.
        setFocusTraversable(true);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::nudge);
    }

    private void nudge(javafx.scene.input.KeyEvent e) {
        double step = e.isShiftDown() ? 5 * NUDGE : NUDGE;
        double dx = 0;
        double dy = 0;
        switch (e.getCode()) {
            case LEFT -> dx = -step;
            case RIGHT -> dx = step;
            case UP -> dy = step;
            case DOWN -> dy = -step;
            default -> {
                return;
            }
        }
        onMove.moved(markerX + dx, markerY + dy);
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != points.getWidth() || h != points.getHeight()) {
            points.setWidth(w);
            points.setHeight(h);
            redrawPoints();
            // The marker's pixel position depends on the size too (PlaneTransform); without this it stays where
            // the old size put it.
            redrawMarker();
        }
    }

    /** Screen units per pixel the plane was drawn for at 100% (the root font size over 13px). */
    private double unit() {
        return em.getFont().getSize() / 13;
    }

    public PlaneTransform transform() {
        return new PlaneTransform(Math.max(1, points.getWidth()), Math.max(1, points.getHeight()), extent);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        // Consumed, or the enclosing TabPane takes the focus back and the arrow keys would switch tabs.
        e.consume();
        if (e.isPrimaryButtonDown() || e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
            int picked = e.getClickCount() >= 1 && !nearMarker(e) ? pick(e.getX(), e.getY()) : -1;
            if (picked >= 0) {
                onPick.accept(picked);
            } else {
                move(e);
            }
        }
    }

    private void dragged(MouseEvent e) {
        move(e);
    }

    /** Dragging past the edge keeps the point on the edge, where the user can still see it. */
    private void move(MouseEvent e) {
        PlaneTransform t = transform();
        double x = Math.max(0, Math.min(t.width(), e.getX()));
        double y = Math.max(0, Math.min(t.height(), e.getY()));
        onMove.moved(t.toLatentX(x), t.toLatentY(y));
    }

    private boolean nearMarker(MouseEvent e) {
        PlaneTransform t = transform();
        return Math.hypot(e.getX() - t.toScreenX(markerX), e.getY() - t.toScreenY(markerY)) < 10 * unit();
    }

    /** The test image whose dot is nearest to the screen point, within the pick radius; -1 if none. */
    int pick(double sx, double sy) {
        if (codes == null || !showPoints || xDim < 0 || yDim < 0) {
            return -1;
        }
        PlaneTransform t = transform();
        int best = -1;
        double bestDistance = PICK_RADIUS * unit();
        for (int i = 0; i < codes.count(); i++) {
            double d = Math.hypot(t.toScreenX(codes.mu(i, xDim)) - sx, t.toScreenY(codes.mu(i, yDim)) - sy);
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    public void setOnMove(MoveListener listener) {
        onMove = listener;
    }

    public void setOnPick(IntConsumer listener) {
        onPick = listener;
    }

    /** New codes or axes: the extent is fitted to the codes (at least the prior's +-3.5). */
    public void setCodes(EncodedImages c, int x, int y) {
        codes = c;
        xDim = x;
        yDim = y;
        double max = 3.5;
        if (c != null && x >= 0 && y >= 0) {
            for (int i = 0; i < c.count(); i++) {
                max = Math.max(max, Math.max(Math.abs(c.mu(i, x)), Math.abs(c.mu(i, y))));
            }
        }
        extent = Math.min(12, max * 1.05);
        redrawPoints();
        redrawMarker();
    }

    /** Colours the dots by something other than their class (a factor, issue 32); null: by class. */
    public void setDotColours(java.util.function.IntFunction<Color> colours) {
        dotColours = colours;
        redrawPoints();
    }

    public void setOptions(boolean pointsOn, boolean ellipsesOn, boolean priorOn) {
        showPoints = pointsOn;
        showEllipses = ellipsesOn;
        showPrior = priorOn;
        redrawPoints();
    }

    /** Shows or hides the marker (the Draw tab hides it while there is no posterior to mark). */
    public void setMarkerShown(boolean shown) {
        marker.setVisible(shown);
    }

    public void setMarker(double zx, double zy) {
        markerX = zx;
        markerY = zy;
        redrawMarker();
    }

    private void redrawPoints() {
        GraphicsContext g = points.getGraphicsContext2D();
        double w = points.getWidth();
        double h = points.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w < 2 || h < 2) {
            return;
        }
        PlaneTransform t = transform();
        drawAxes(g, t);
        if (showPrior) {
            g.setStroke(Color.gray(0.45, 0.7));
            g.setLineDashes(4, 4);
            for (int k = 1; k <= 3; k++) {
                double r = k * t.scale();
                g.strokeOval(t.toScreenX(0) - r, t.toScreenY(0) - r, 2 * r, 2 * r);
            }
            g.setLineDashes();
        }
        if (codes == null || xDim < 0 || yDim < 0 || !showPoints) {
            return;
        }
        if (showEllipses) {
            g.setLineWidth(0.6);
            for (int i = 0; i < codes.count(); i++) {
                g.setStroke(dotColour(i).deriveColor(0, 1, 1, 0.25));
                double rx = codes.sigma(i, xDim) * t.scale();
                double ry = codes.sigma(i, yDim) * t.scale();
                g.strokeOval(t.toScreenX(codes.mu(i, xDim)) - rx, t.toScreenY(codes.mu(i, yDim)) - ry, 2 * rx, 2 * ry);
            }
            g.setLineWidth(1);
        }
        double dot = DOT * unit();
        for (int i = 0; i < codes.count(); i++) {
            g.setFill(dotColour(i).deriveColor(0, 1, 1, 0.7));
            g.fillOval(t.toScreenX(codes.mu(i, xDim)) - dot / 2, t.toScreenY(codes.mu(i, yDim)) - dot / 2, dot, dot);
        }
    }

    private Color dotColour(int i) {
        return dotColours != null ? dotColours.apply(i) : ClassColors.of(codes.labels()[i]);
    }

    private void drawAxes(GraphicsContext g, PlaneTransform t) {
        g.setStroke(Color.gray(0.85));
        g.setFill(Color.gray(0.35));
        double u = unit();
        Font font = Font.font(11 * u);
        g.setFont(font);
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(font);
        PlaneAxes.Layout axes = PlaneAxes.of(t, u, text -> {
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
        for (double v : axes.xLines()) {
            g.strokeLine(t.toScreenX(v), 0, t.toScreenX(v), t.height());
        }
        for (double v : axes.yLines()) {
            g.strokeLine(0, t.toScreenY(v), t.width(), t.toScreenY(v));
        }
        for (PlaneAxes.Tick tick : axes.ticks()) {
            g.fillText(tick.text(), tick.x(), tick.baseline());
        }
        g.setStroke(Color.gray(0.55));
        g.strokeLine(t.toScreenX(0), 0, t.toScreenX(0), t.height());
        g.strokeLine(0, t.toScreenY(0), t.width(), t.toScreenY(0));
        g.fillText("z" + (xDim + 1), t.width() - 22 * u, t.toScreenY(0) - 4 * u);
        if (yDim >= 0) {
            g.fillText("z" + (yDim + 1), t.toScreenX(0) + 4 * u, 12 * u);
        }
    }

    private void redrawMarker() {
        PlaneTransform t = transform();
        marker.placeAt(t.toScreenX(markerX), t.toScreenY(markerY), unit());
    }

    /** The node a mouse on the plane's surface presses and drags (the measurement aid's drag fires at it). */
    javafx.scene.Node surface() {
        return points;
    }
}
