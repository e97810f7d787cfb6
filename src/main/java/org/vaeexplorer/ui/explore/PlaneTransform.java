package org.vaeexplorer.ui.explore;

/**
 * Maps latent coordinates to canvas pixels and back: a square window of half-width {@code extent} latent units
 * around the origin, centred in the canvas, with y growing upwards as on a plot.
 */
public record PlaneTransform(double width, double height, double extent) {
    public PlaneTransform {
        if (width <= 0 || height <= 0 || extent <= 0) {
            throw new IllegalArgumentException("the plane needs a positive size and extent");
        }
    }

    /** Pixels per latent unit (the same on both axes, so circles stay round). */
    public double scale() {
        return Math.min(width, height) / (2 * extent);
    }

    public double toScreenX(double zx) {
        return width / 2 + zx * scale();
    }

    public double toScreenY(double zy) {
        return height / 2 - zy * scale();
    }

    public double toLatentX(double sx) {
        return (sx - width / 2) / scale();
    }

    public double toLatentY(double sy) {
        return (height / 2 - sy) / scale();
    }

    /** The latent range visible along x (wider than the extent on a wide canvas). */
    public double visibleHalfWidth() {
        return width / 2 / scale();
    }

    public double visibleHalfHeight() {
        return height / 2 / scale();
    }
}
