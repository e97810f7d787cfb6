package org.vaeexplorer.ui.explore;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Which layers the latent plane draws: the encoded test images, their 1-sigma ellipses, the prior's contours. */
public final class PlaneLayers {
    private final BooleanProperty points = new SimpleBooleanProperty(true);
    private final BooleanProperty ellipses = new SimpleBooleanProperty(false);
    private final BooleanProperty prior = new SimpleBooleanProperty(true);

    public BooleanProperty pointsProperty() {
        return points;
    }

    public BooleanProperty ellipsesProperty() {
        return ellipses;
    }

    public BooleanProperty priorProperty() {
        return prior;
    }
}
