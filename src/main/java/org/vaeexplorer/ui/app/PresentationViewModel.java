package org.vaeexplorer.ui.app;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Presentation mode and zoom: whether the window is in presentation mode, the zoom of each mode, and the one root
 * font size every size in the CSS follows (in em). Normal and presentation mode each keep their own zoom, so a
 * teacher who enlarged the desk view does not get an oversized projector view, and the reverse.
 *
 * <p>Presentation mode scales with the screen: its layout is the one made for a 1280x720 projector at 1.5 times the
 * normal type, enlarged by the screen's size over 1280x720, so what fits at 1280x720 fits at 1920x1080 and 4K
 * too and the picture on the wall is the same.
 */
public final class PresentationViewModel {
    /** The root font size at 100% in normal mode (px): the size the CSS was written for. */
    public static final double BASE_FONT_SIZE = 13;
    /** The zoom steps Ctrl+plus and Ctrl+minus walk through (1 = actual size). */
    static final double[] ZOOM_STEPS = {0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
    static final double MIN_ZOOM = ZOOM_STEPS[0];
    static final double MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1];
    /** Presentation type at a 1280x720 screen, relative to normal type. */
    static final double PRESENTATION_SCALE = 1.5;
    static final double REFERENCE_WIDTH = 1280;
    static final double REFERENCE_HEIGHT = 720;

    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final DoubleProperty normalZoom = new SimpleDoubleProperty(1);
    private final DoubleProperty presentationZoom = new SimpleDoubleProperty(1);
    private final DoubleProperty screenScale = new SimpleDoubleProperty(PRESENTATION_SCALE);
    private final ReadOnlyDoubleWrapper fontSize = new ReadOnlyDoubleWrapper(BASE_FONT_SIZE);
    private final DoubleBinding zoom = Bindings.createDoubleBinding(
            () -> presentation.get() ? presentationZoom.get() : normalZoom.get(), presentation, normalZoom,
            presentationZoom);
    private final BooleanBinding canZoomIn = zoom.lessThan(MAX_ZOOM - 1e-9);
    private final BooleanBinding canZoomOut = zoom.greaterThan(MIN_ZOOM + 1e-9);

    public PresentationViewModel() {
        fontSize.bind(Bindings.createDoubleBinding(
                () -> BASE_FONT_SIZE * zoom.get() * (presentation.get() ? screenScale.get() : 1), zoom,
                presentation, screenScale));
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public void togglePresentation() {
        presentation.set(!presentation.get());
    }

    /** The root font size (px) the whole UI follows: zoom, mode and screen together. */
    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    /** The current mode's zoom (1 = actual size). */
    public DoubleBinding zoomProperty() {
        return zoom;
    }

    public BooleanBinding canZoomInProperty() {
        return canZoomIn;
    }

    public BooleanBinding canZoomOutProperty() {
        return canZoomOut;
    }

    /** The next step up from the current zoom (from between two steps: the one above), at most the largest. */
    public void zoomIn() {
        double z = zoom.get();
        setZoom(Arrays.stream(ZOOM_STEPS).filter(s -> s > z + 1e-9).findFirst().orElse(MAX_ZOOM));
    }

    /** The next step down, at least the smallest. */
    public void zoomOut() {
        double z = zoom.get();
        double next = MIN_ZOOM;
        for (double s : ZOOM_STEPS) {
            if (s < z - 1e-9) {
                next = s;
            }
        }
        setZoom(next);
    }

    public void resetZoom() {
        setZoom(1);
    }

    /** Sets the current mode's zoom, clamped to the steps' range (a stored or typed value may be anything). */
    public void setZoom(double z) {
        (presentation.get() ? presentationZoom : normalZoom).set(clamp(z));
    }

    /** Each mode's zoom, to remember between starts. */
    public double normalZoom() {
        return normalZoom.get();
    }

    public double presentationZoom() {
        return presentationZoom.get();
    }

    /** Restores both modes' zoom (clamped: the stored file may have been edited). */
    public void restoreZoom(double normal, double inPresentation) {
        normalZoom.set(clamp(normal));
        presentationZoom.set(clamp(inPresentation));
    }

    /**
     * The size of the screen presentation mode fills (logical pixels): type grows with it, as by
     * {@link #PRESENTATION_SCALE} at 1280x720, never smaller than normal type on a small screen.
     */
    public void setScreenSize(double width, double height) {
        if (width > 0 && height > 0) {
            screenScale.set(Math.max(1, PRESENTATION_SCALE
                    * Math.min(width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT)));
        }
    }

    static double clamp(double z) {
        if (!Double.isFinite(z)) {
            return 1;
        }
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
