package org.vaeexplorer.ui.explore;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import org.vaeexplorer.model.family.Capabilities;

/**
 * Which of Explore's views the open model can show, and why not where it cannot, decided from its
 * {@link Capabilities} here rather than in the view: the tabs bind to it, and a test asks it without a window.
 */
public final class ExploreTabs {
    /** The views that depend on what a model can do (the plane and Draw show every model). */
    public enum View { PLANE, GRID, TRAVERSAL, INTERPOLATION, CLUSTERS, COMPLETION, FACTORS, ARITHMETIC, HOW_IT_WORKS, OVERVIEW }

    private final ObjectBinding<Capabilities> capabilities;

    ExploreTabs(ObjectBinding<Capabilities> capabilities) {
        this.capabilities = capabilities;
    }

    /**
     * The bundle key of the tooltip saying why {@code view} cannot show a model that can do {@code can} (null: no
     * model is open), or null when it can.
     */
    public static String whyNot(View view, Capabilities can) {
        if (view == View.PLANE) {
            return null;
        }
        if (can == null) {
            return "explore.tab.needsModel";
        }
        return switch (view) {
            case GRID -> can.grid() ? null : "explore.tab.grid.needsTwoDims";
            case TRAVERSAL, INTERPOLATION, ARITHMETIC -> can.traversal() ? null : "explore.tab.traversal.needsContinuous";
            // Like Completion: a view the model cannot fill is disabled, and its tooltip says why (issue 27.14).
            case CLUSTERS -> can.hasDiscreteLatents() ? null : "explore.clusters.needsDiscrete";
            case COMPLETION -> can.completes() ? null : "explore.completion.needsScvae";
            // Known factors belong to the dataset, not the model: the tab itself says when there are none.
            case FACTORS -> null;
            // Every model has a network to show (issue 33).
            case HOW_IT_WORKS -> null;
            // With two numbers or fewer a code is its own overview: the plane.
            case OVERVIEW -> org.vaeexplorer.explore.overview.OverviewFeatures.width(can.planeDimensions(),
                    can.discreteLatents()) > 2 ? null : "explore.overview.needsThreeDims";
            case PLANE -> null;
        };
    }

    /** {@link #whyNot} for the open model, as it changes. */
    public StringBinding whyNot(View view) {
        return Bindings.createStringBinding(() -> whyNot(view, capabilities.get()), capabilities);
    }

    /**
     * The view to show when a model that can do {@code can} opens while {@code shown} is shown: a structured-output
     * CVAE opens on its completions (what it is for) rather than on a 200-dimensional plane; a view that cannot show
     * the model gives way to the plane, which shows every model; otherwise the view stays. Null: Draw, or no view.
     */
    public static View opening(View shown, Capabilities can) {
        if (can == null) {
            return shown;
        }
        if (can.completes()) {
            return View.COMPLETION;
        }
        return shown != null && whyNot(shown, can) != null ? View.PLANE : shown;
    }
}
