package org.vaeexplorer.ui.common;

import java.util.Arrays;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Window;

/**
 * Shows an image as large as the space it is given allows, keeping its shape, with crisp pixels. Its size comes from
 * the layout and the CSS ({@code -fx-pref-width} in em follows the zoom), never from the image, so a pane that grows
 * with its space cannot feed its own size back into the layout. In FXML: {@code <FittedImage><ImageView
 * fx:id="..."/></FittedImage>}; the controller keeps setting (or writing into) that image view's image.
 *
 * <p>Crisp pixels: an image view's {@code smooth=false} is not honoured everywhere (Prism's software pipeline, the
 * one a projector laptop without a GPU driver uses, filters bilinearly regardless), so the image is enlarged here,
 * by a whole number of screen pixels per image pixel, and drawn one to one. A live view writes into one image
 * again and again instead of setting a new one; such an image (small: a decoded digit) is compared with what was
 * drawn at every pulse, and redrawn when it changed.
 */
public final class FittedImage extends Pane {
    /** From this many screen pixels per image pixel on, the scale is rounded down to a whole number. */
    private static final double WHOLE_PIXELS_FROM = 3;
    /** Images up to this many pixels are watched for writes into them (a 28x28 digit is 784). */
    private static final int WATCHED_PIXELS = 128 * 128;
    private final ImageView shown = new ImageView();
    private final Runnable checkPixels = this::checkPixels;
    private ImageView source;
    private int[] drawnPixels;
    private int drawnFactor;
    private Image drawnImage;

    public FittedImage() {
        getStyleClass().add("fitted-image");
        shown.setSmooth(false);
        shown.setManaged(false);
        getChildren().add(shown);
        getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().stream().filter(n -> n instanceof ImageView && n != shown).findFirst()
                        .ifPresent(n -> adopt((ImageView) n));
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePreLayoutPulseListener(checkPixels);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(checkPixels);
            }
        });
    }

    /** The image view the controller sets images on: kept (tests and controllers find it), but not drawn. */
    private void adopt(ImageView view) {
        source = view;
        view.setVisible(false);
        view.setManaged(false);
        view.imageProperty().addListener((o, was, now) -> {
            drawnImage = null;
            requestLayout();
        });
    }

    private void checkPixels() {
        Image image = source == null ? null : source.getImage();
        if (image != null && image == drawnImage && drawnPixels != null
                && !Arrays.equals(drawnPixels, pixels(image))) {
            drawnImage = null;
            requestLayout();
        }
    }

    /**
     * Where the image is drawn, in this pane's coordinates, as of the last layout (an empty box without an image):
     * for a view that labels the image's rows or columns.
     */
    public javafx.geometry.Bounds shownBounds() {
        return shown.isVisible() ? shown.getBoundsInParent() : new javafx.geometry.BoundingBox(0, 0, 0, 0);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        Image image = source == null ? null : source.getImage();
        shown.setVisible(image != null && image.getPixelReader() != null);
        if (!shown.isVisible()) {
            return;
        }
        double renderScale = renderScale();
        double scale = scale(image.getWidth(), image.getHeight(), w, h, renderScale);
        int factor = (int) Math.max(1, Math.floor(scale * renderScale));
        if (image != drawnImage || factor != drawnFactor) {
            draw(image, factor);
        }
        shown.setFitWidth(image.getWidth() * scale);
        shown.setFitHeight(image.getHeight() * scale);
        layoutInArea(shown, snappedLeftInset(), snappedTopInset(), w, h, 0, HPos.CENTER, VPos.TOP);
    }

    /** Enlarges {@code image} by {@code factor} in each direction, each pixel a block of factor x factor. */
    private void draw(Image image, int factor) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] px = pixels(image);
        drawnImage = image;
        drawnFactor = factor;
        drawnPixels = w * h <= WATCHED_PIXELS ? px : null;
        if (factor == 1) {
            shown.setImage(image);
            return;
        }
        WritableImage out = shown.getImage() instanceof WritableImage o && o != image
                && o.getWidth() == w * factor && o.getHeight() == h * factor ? o : new WritableImage(w * factor,
                h * factor);
        int[] row = new int[w * factor];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Arrays.fill(row, x * factor, (x + 1) * factor, px[y * w + x]);
            }
            for (int j = 0; j < factor; j++) {
                out.getPixelWriter().setPixels(0, y * factor + j, w * factor, 1, PixelFormat.getIntArgbInstance(),
                        row, 0, w * factor);
            }
        }
        shown.setImage(out);
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] px = new int[w * h];
        PixelReader reader = image.getPixelReader();
        if (reader != null) {
            reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        }
        return px;
    }

    /**
     * How much to enlarge an image of {@code iw x ih} to fit {@code w x h}: the largest scale that fits, rounded
     * down to whole screen pixels per image pixel when that is at least {@link #WHOLE_PIXELS_FROM}.
     *
     * @param renderScale screen pixels per layout unit (2 on a HiDPI screen at 200%)
     */
    static double scale(double iw, double ih, double w, double h, double renderScale) {
        if (iw <= 0 || ih <= 0 || w <= 0 || h <= 0) {
            return 0;
        }
        double fit = Math.min(w / iw, h / ih);
        double screenPixels = fit * renderScale;
        return screenPixels >= WHOLE_PIXELS_FROM ? Math.floor(screenPixels) / renderScale : fit;
    }

    private double renderScale() {
        Scene scene = getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window == null ? 1 : window.getRenderScaleX();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset();
    }
}
