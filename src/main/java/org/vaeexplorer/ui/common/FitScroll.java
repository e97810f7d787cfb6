package org.vaeexplorer.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A view in a scroll pane that fits it to its space while it fits, and scrolls it when it does not. Zoom (and
 * presentation mode's larger type on top of it) grows every em-sized minimum; past what a 1280x720 window holds, a
 * view used to be laid out wider than its tab and cut off at the right, the decoded image with it (issue 27.5). Now
 * it keeps its minimum sizes and scrolls to the rest. In FXML: a {@code ScrollPane} with {@code fitToWidth},
 * {@code fitToHeight} and the style class {@value #STYLE_CLASS}.
 */
public final class FitScroll {
    /** The style class of the wrapper (no frame, no background of its own: app.css). */
    public static final String STYLE_CLASS = "fit-scroll";
    /**
     * On a view's root: a view whose whole story does not fit a 1280x720 window at presentation size as it is laid
     * out (How it works: nine blocks and the negative ELBO). In presentation mode it is drawn smaller, no more than it
     * must and never below 90% of the type outside presentation mode ({@link ScaleToFit}), so a class sees it whole; past
     * that, and outside presentation mode, it scrolls down, never sideways (PresentationFitUiTest).
     */
    public static final String SCALES_TO_FIT = "scales-to-fit";

    private FitScroll() {
    }

    public static ScrollPane wrap(Node view) {
        ScrollPane scroll = new ScrollPane(view instanceof Region r && view.getStyleClass().contains(SCALES_TO_FIT)
                ? new ScaleToFit(r) : view);
        scroll.setFitToWidth(true);
        // Fitted to the viewport's height, but never below the content's minimum: a ScaleToFit's minimum is its
        // height at the smallest scale, so it scrolls past what that does not fit.
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(STYLE_CLASS);
        return scroll;
    }
}
