package org.vaeexplorer.ui.explore;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.overview.BarnesHutTsne;
import org.vaeexplorer.explore.overview.LatentOverview;
import org.vaeexplorer.explore.overview.OverviewFeatures;
import org.vaeexplorer.explore.overview.OverviewMethod;
import org.vaeexplorer.explore.overview.Overviews;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.Messages;

/**
 * The Overview view (issue 33): the encoded test set of a model with more than two latent numbers on a plane, by PCA
 * or t-SNE, computed on {@code worker} (never the FX thread) with its progress, and taken from the cache for a
 * checkpoint overviewed before. A request made stale by a newer one (another model, another method) is dropped
 * when it finishes, and a running t-SNE stops at its next iteration.
 */
public final class OverviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(OverviewViewModel.class);
    private final ExploreViewModel explore;
    private final Executor fx;
    private final Executor worker;
    private final Overviews overviews;
    private final ObjectProperty<OverviewMethod> method = new SimpleObjectProperty<>(OverviewMethod.PCA);
    private final ReadOnlyObjectWrapper<LatentOverview> result = new ReadOnlyObjectWrapper<>();
    /** -1 while nothing is computed, else how far the running computation is (0 to 1). */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Double> pendingProgress = new AtomicReference<>();
    private final BooleanBinding available;
    private boolean shown;

    public OverviewViewModel(ExploreViewModel explore, Executor fx, Executor worker, Overviews overviews) {
        this.explore = explore;
        this.fx = fx;
        this.worker = worker;
        this.overviews = overviews;
        available = Bindings.createBooleanBinding(() -> width() > 2, explore.sessionProperty());
        explore.codesProperty().addListener((o, was, now) -> refresh());
        method.addListener((o, was, now) -> refresh());
    }

    /** The view is shown (it is built when first selected): from now on it follows the codes and the method. */
    public void start() {
        shown = true;
        refresh();
    }

    /** How many numbers a code of the open model has (continuous means and one-hot categories); 0: none open. */
    private int width() {
        ExploreSession s = explore.sessionProperty().get();
        return s == null ? 0 : OverviewFeatures.width(s.spec().latentDim(), s.spec().categories());
    }

    /** Computes the overview of the codes shown now by the chosen method, dropping any computation under way. */
    void refresh() {
        long asked = generation.incrementAndGet();
        result.set(null);
        progress.set(-1);
        EncodedImages codes = explore.codesProperty().get();
        ExploreSession s = explore.sessionProperty().get();
        if (!shown || s == null || codes == null || codes.count() < 4 || !available.get()) {
            return;
        }
        OverviewMethod how = method.get();
        progress.set(0);
        worker.execute(() -> compute(asked, how, codes, s));
    }

    private void compute(long asked, OverviewMethod how, EncodedImages codes, ExploreSession s) {
        try {
            double[][] features = OverviewFeatures.of(codes, s.spec().categories());
            LatentOverview o = overviews.of(features, how, s.checkpointSha256(), new BarnesHutTsne.Progress() {
                @Override
                public void at(double fraction) {
                    report(asked, fraction);
                }

                @Override
                public boolean cancelled() {
                    return generation.get() != asked;
                }
            });
            fx.execute(() -> {
                if (generation.get() == asked) {
                    progress.set(-1);
                    result.set(o);
                }
            });
        } catch (InterruptedException e) {
            LOG.debug("the {} overview was replaced by a newer request", how);
        } catch (RuntimeException e) {
            LOG.warn("could not compute the {} overview", how, e);
            fx.execute(() -> {
                if (generation.get() == asked) {
                    progress.set(-1);
                    explore.showError(I18n.text("explore.overview.error", Messages.of(e)));
                }
            });
        }
    }

    /** At most one progress update waits for the FX thread at a time. */
    private void report(long asked, double fraction) {
        if (pendingProgress.getAndSet(fraction) == null) {
            fx.execute(() -> {
                Double f = pendingProgress.getAndSet(null);
                if (f != null && generation.get() == asked) {
                    progress.set(f);
                }
            });
        }
    }

    /** Clicking dot {@code index}: Explore's point becomes that test image's code. */
    public void jumpTo(int index) {
        EncodedImages codes = explore.codesProperty().get();
        if (codes != null && index >= 0 && index < codes.count()) {
            explore.point().jumpToTest(index, codes);
        }
    }

    public ObjectProperty<OverviewMethod> methodProperty() {
        return method;
    }

    public ReadOnlyObjectProperty<LatentOverview> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the open model has more than two latent numbers (with two, the plane is its overview). */
    public BooleanBinding availableProperty() {
        return available;
    }

    ExploreViewModel explore() {
        return explore;
    }
}
