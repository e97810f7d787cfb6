package org.vaeexplorer.ui.app;

import java.util.Optional;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.family.Capabilities;
import org.vaeexplorer.ui.explore.ExploreSession;
import org.vaeexplorer.ui.explore.ExploreView;
import org.vaeexplorer.ui.explore.ExploreViewModel;

/**
 * What the single-key shortcuts of {@link Shortcuts} do on the page shown. In the app shell because Space on
 * Explore acts on the Train page's run (pages do not know each other); each returns whether the key did something,
 * so a key that means nothing here is left to the focused control.
 */
final class KeyboardActions {
    private final AppContext context;

    KeyboardActions(AppContext context) {
        this.context = context;
    }

    /**
     * 0-9 on Explore: label {@code k} of a CVAE, or category {@code k} of a Joint VAE's discrete latent matched to
     * the classes (the other latents have their buttons).
     */
    boolean digit(int k) {
        ExploreSession s = context.explore().sessionProperty().get();
        if (page() != Page.EXPLORE || s == null) {
            return false;
        }
        ModelSpec spec = s.spec();
        Capabilities can = spec.capabilities();
        if (can.labels() && !can.completes() && k < can.classes()) {
            context.explore().point().labelProperty().set(k);
            return true;
        }
        // A key names one category; of several discrete latents, the one matched to the classes is the digit-like.
        int latent = can.hasDiscreteLatents() ? ClusterMatching.matchedLatent(spec) : -1;
        if (latent >= 0 && k < can.discreteLatents().get(latent)) {
            context.explore().point().setCategory(latent, k);
            return true;
        }
        return false;
    }

    /** Space: on Train starts, pauses or resumes the run; on Explore, while following it, pauses or resumes it. */
    boolean space() {
        if (page() == Page.TRAIN) {
            context.train().startPauseOrResume();
            return true;
        }
        ExploreViewModel explore = context.explore();
        return page() == Page.EXPLORE && explore.followingProperty().get() && context.train().pauseOrResume();
    }

    /**
     * R on Explore: new samples of the drawing (Draw), new completions (Completion) or a new epsilon (How it works),
     * the views with samples.
     */
    boolean redraw() {
        Optional<String> view = page() == Page.EXPLORE ? context.exploreView().map(ExploreView::shownView)
                : Optional.empty();
        if (view.filter("draw"::equals).isPresent()) {
            var drawn = context.draw().resultProperty().get();
            if (drawn != null && !drawn.isEmpty()) {
                context.draw().newSamples();
                return true;
            }
        } else if (view.filter("completion"::equals).isPresent() && context.explore().sessionProperty().get() != null) {
            context.completion().redraw();
            return true;
        } else if (view.filter("howItWorks"::equals).isPresent() && context.explore().sessionProperty().get() != null) {
            context.howItWorks().redrawEpsilon();
            return true;
        }
        return false;
    }

    /** Undo and redo of Explore's point (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y). */
    org.vaeexplorer.ui.explore.PointHistory history() {
        return context.explore().history();
    }

    private Page page() {
        return context.mainWindow().pageProperty().get();
    }
}
