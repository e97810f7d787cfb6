package org.vaeexplorer.ui.explore;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.vaeexplorer.explore.DrawnPosterior;
import org.vaeexplorer.explore.EncodedImages;

/**
 * A latent plane that marks a drawn digit's posterior: the mean with the plane's marker, the 1-sigma ellipse of
 * q(z|x) on the plane's two dimensions and the samples drawn from it, on a layer above the encoded test images. It
 * only shows; it does not move the Explore page's point.
 */
public final class PosteriorPlane extends Region {
    /** Black like the marker: every class colour is taken by the dots. */
    private static final Color ELLIPSE = Color.web("#111111");
    private final LatentPlane plane = new LatentPlane();
    private final Canvas overlay = new Canvas();
    private DrawnPosterior posterior;
    private int xDim;
    private int yDim = 1;

    public PosteriorPlane() {
        getStyleClass().add("posterior-plane");
        overlay.setMouseTransparent(true);
        plane.setMarkerShown(false);
        getChildren().addAll(plane, overlay);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        plane.resizeRelocate(0, 0, w, h);
        // The plane sizes its canvases in its own layout; its transform is only right after that.
        plane.layout();
        overlay.setWidth(w);
        overlay.setHeight(h);
        redraw();
    }

    void setCodes(EncodedImages codes, int x, int y) {
        xDim = x;
        yDim = y;
        plane.setCodes(codes, x, y);
        show(posterior);
    }

    void setOptions(boolean points, boolean ellipses, boolean prior) {
        plane.setOptions(points, ellipses, prior);
    }

    /** Marks {@code p}'s mean, ellipse and samples; null clears them. */
    void show(DrawnPosterior p) {
        posterior = p;
        boolean shown = p != null && xDim >= 0 && xDim < p.mu().length;
        plane.setMarkerShown(shown);
        if (shown) {
            plane.setMarker(p.mu()[xDim], value(p.mu(), yDim));
        }
        redraw();
    }

    /** The mean shown (x, y on the plane's dimensions), or null when none is: what a test can check. */
    double[] shownMean() {
        return posterior == null || xDim < 0 || xDim >= posterior.mu().length ? null
                : new double[] {posterior.mu()[xDim], value(posterior.mu(), yDim)};
    }

    private void redraw() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        DrawnPosterior p = posterior;
        if (p == null || overlay.getWidth() < 2 || overlay.getHeight() < 2 || xDim < 0 || xDim >= p.mu().length) {
            return;
        }
        PlaneTransform t = plane.transform();
        int dim = p.mu().length;
        g.setFill(ELLIPSE);
        for (int s = 0; s < p.sampleCodes().length / dim; s++) {
            double sx = t.toScreenX(p.sampleCodes()[s * dim + xDim]);
            double sy = t.toScreenY(yDim >= 0 ? p.sampleCodes()[s * dim + yDim] : 0);
            g.fillRect(sx - 2, sy - 2, 4, 4);
        }
        double rx = p.sigma(xDim) * t.scale();
        double ry = (yDim >= 0 ? p.sigma(yDim) : 0) * t.scale();
        double cx = t.toScreenX(p.mu()[xDim]);
        double cy = t.toScreenY(value(p.mu(), yDim));
        g.setFill(ELLIPSE.deriveColor(0, 1, 1, 0.15));
        g.fillOval(cx - rx, cy - ry, 2 * rx, 2 * ry);
        g.setStroke(ELLIPSE);
        g.setLineWidth(2);
        g.strokeOval(cx - rx, cy - ry, 2 * rx, 2 * ry);
        g.setLineWidth(1);
    }

    private static double value(float[] v, int d) {
        return d >= 0 && d < v.length ? v[d] : 0;
    }
}
