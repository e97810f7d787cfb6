package org.vaeexplorer.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

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
     * On a view's root: a view whose whole story does not fit a 1280x720 window at presentation size (How it works:
     * nine blocks and the negative ELBO). It scrolls down to the rest, never sideways, and every control in it can
     * be scrolled fully into view (PresentationFitUiTest holds it to that).
     */
    public static final String SCROLLS_DOWN = "scrolls-down";

    private FitScroll() {
    }

    public static ScrollPane wrap(Node view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        // A view that scrolls down keeps its height for its width: stretched to the viewport, its lower part would
        // be laid out below it with no scroll bar to reach it (its minimum height is far less than its height).
        scroll.setFitToHeight(!view.getStyleClass().contains(SCROLLS_DOWN));
        scroll.getStyleClass().add(STYLE_CLASS);
        return scroll;
    }
}
