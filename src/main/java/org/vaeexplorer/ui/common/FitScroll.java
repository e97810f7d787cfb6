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

    private FitScroll() {
    }

    public static ScrollPane wrap(Node view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(STYLE_CLASS);
        return scroll;
    }
}
