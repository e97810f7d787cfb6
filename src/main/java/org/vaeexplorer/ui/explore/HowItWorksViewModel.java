package org.vaeexplorer.ui.explore;

import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.vaeexplorer.metrics.LatencyRecorder;
import org.vaeexplorer.model.ForwardPass;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.ui.common.GreyImage;

/**
 * The How it works view (issue 33): the current image (the test image last picked on the plane, or the drawing on
 * the pad) flowing through the open model with the numbers of each block. The sample z is the point on the plane:
 * epsilon is what puts it there, (z - mu) / sigma, so dragging the point shows epsilon, the reconstruction and its
 * term change while the KL, which depends on the image alone, stays; a new epsilon (R) moves the point to
 * mu + sigma * epsilon. Each change asks for one forward pass on a latest-only worker while the view is shown
 * ({@link #activeProperty}); never on the FX thread. The step-through is {@link HowItWorksSteps}.
 */
public final class HowItWorksViewModel implements AutoCloseable {
    /** Where the image comes from. */
    public enum Source { TEST_IMAGE, DRAWING }

    /** One refresh: the pass and its pictures, the image's source (and test index), stamped with its request time. */
    public record Flow(ForwardPass pass, GreyImage input, GreyImage reconstruction, Source source, int testIndex,
                       long requestedNanos) {
    }

    private final ObservableValue<ExploreSession> session;
    private final LatentPointViewModel point;
    private final AsyncView<Flow> flow;
    private final HowItWorksSteps steps = new HowItWorksSteps();
    private final HowItWorksPasses passes = new HowItWorksPasses();
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final LatencyRecorder refreshTimes = new LatencyRecorder();
    private final SplittableRandom gumbel = new SplittableRandom(33);
    private final SplittableRandom epsilons = new SplittableRandom(33);
    private Source source = Source.TEST_IMAGE;
    private int testIndex;
    private float[] drawing;
    private float[] u = new float[0];
    /** The z the point was moved to by a new epsilon: its own echo asks for nothing. */
    private float[] placed;
    /** The epsilon last drawn, kept for a new drawing (each stroke must not draw a new one). */
    private float[] lastEpsilon = new float[0];
    /**
     * The image changed by a way that does not move the point (a model opened, the drawing changed): its next pass
     * places the point at mu + sigma * epsilon rather than reading an epsilon off a point that belongs to no image.
     */
    private boolean placeNext = true;
    /** The epsilon the point is being placed with, until the pass arrives. */
    private float[] pendingEpsilon;

    /**
     * @param session the Explore page's open model
     * @param point   the point on the plane (its code is z; its label a CVAE's y)
     * @param drawn   the Draw tab's latest analysis, whose input becomes the image when it changes
     */
    HowItWorksViewModel(ObservableValue<ExploreSession> session, LatentPointViewModel point,
                        ObservableValue<DrawnDigit> drawn, Executor fx, Consumer<String> onError) {
        this.session = session;
        this.point = point;
        flow = new AsyncView<>("how-it-works", fx, onError);
        flow.resultProperty().addListener((o, was, now) -> {
            if (now != null) {
                refreshTimes.record(System.nanoTime() - now.requestedNanos());
                lastEpsilon = now.pass().eps().clone();
            }
        });
        session.addListener((o, was, now) -> sessionChanged(now));
        point.codeProperty().addListener((o, was, now) -> {
            if (placed == null || !java.util.Arrays.equals(placed, now)) {
                refresh();
            }
            placed = null;
        });
        point.labelProperty().addListener((o, was, now) -> refresh());
        point.reconstructionProperty().addListener((o, was, now) -> {
            if (now != null) {
                showTestImage(now.index());
            }
        });
        drawn.addListener((o, was, now) -> {
            if (now != null && !now.isEmpty() && now.posterior() != null) {
                drawing = now.input().pixels().clone();
                source = Source.DRAWING;
                placeNext = true;
                pendingEpsilon = null;
                refresh();
            }
        });
        active.addListener((o, was, now) -> refresh());
        sessionChanged(session.getValue());
    }

    /** The view model of {@code explore}'s page, following {@code draw}'s pad; failures are shown as the page's. */
    public static HowItWorksViewModel of(ExploreViewModel explore, DrawViewModel draw, Executor fx) {
        return new HowItWorksViewModel(explore.sessionProperty(), explore.point(), draw.resultProperty(), fx,
                explore.errorProperty()::set);
    }

    private void sessionChanged(ExploreSession s) {
        flow.show(null);
        steps.setBlocks(s == null ? java.util.List.of() : s.spec().blocks());
        u = new float[s == null ? 0 : s.spec().categoricalWidth()];
        drawUniforms();
        source = Source.TEST_IMAGE;
        testIndex = 0;
        drawing = null;
        lastEpsilon = new float[s == null ? 0 : s.spec().latentDim()];
        placeNext = true;
        pendingEpsilon = null;
        refresh();
    }

    /** Test image {@code index} becomes the image (picking a dot on the plane does this). */
    public void showTestImage(int index) {
        source = Source.TEST_IMAGE;
        testIndex = index;
        refresh();
    }

    /**
     * Draws a new epsilon ~ N(0, I) (and new Gumbel noise) for the current image: the point moves to
     * mu + sigma * epsilon once the pass is computed.
     */
    public void redrawEpsilon() {
        ExploreSession s = session.getValue();
        if (s == null) {
            return;
        }
        float[] eps = gaussian(s.spec().latentDim());
        drawUniforms();
        pendingEpsilon = eps;
        placeNext = true;
        refresh();
    }

    /**
     * Asks for the pass with {@code eps}; the point moves to its z when it arrives. Until then every refresh asks
     * for it again (a latest-only worker drops a request that a newer one replaces before it starts).
     */
    private void place(ExploreSession s, float[] eps) {
        request(s, (key, image, label, uniforms, schedules) -> passes.with(key, image, label, eps, uniforms,
                schedules), true);
    }

    /** Asks for the pass of the current image reaching the point's z, if the view is shown and a model open. */
    public void refresh() {
        ExploreSession s = session.getValue();
        if (s == null || !active.get()) {
            return;
        }
        if (placeNext) {
            if (pendingEpsilon == null) {
                pendingEpsilon = lastEpsilon.length == s.spec().latentDim() && !isZero(lastEpsilon)
                        ? lastEpsilon.clone() : gaussian(s.spec().latentDim());
            }
            place(s, pendingEpsilon);
            return;
        }
        float[] z = fitted(point.codeProperty().get(), s.spec().latentDim());
        request(s, (key, image, label, uniforms, schedules) -> passes.reaching(key, image, label, z, uniforms,
                schedules), false);
    }

    @FunctionalInterface
    private interface Pass {
        ForwardPass run(HowItWorksPasses.Key key, float[] image, int label, float[] u, Schedules schedules);
    }

    private void request(ExploreSession s, Pass pass, boolean movePoint) {
        if (!active.get() || (source == Source.TEST_IMAGE && testIndex >= s.test().size())) {
            return;
        }
        long requested = System.nanoTime();
        Source from = source;
        int index = testIndex;
        float[] drawn = drawing;
        float[] uniforms = u.clone();
        int chosenLabel = s.spec().conditional() ? Math.min(point.labelProperty().get(), s.spec().numClasses() - 1)
                : 0;
        Schedules schedules = Schedules.at(s.spec(), s.manifest() != null ? s.manifest().iteration() : 0);
        int rows = s.test().rows();
        int cols = s.test().cols();
        HowItWorksPasses.Key key = new HowItWorksPasses.Key(s, from, index, drawn,
                from == Source.DRAWING ? chosenLabel : -1);
        long ticket = passes.ticket();
        flow.request(() -> {
            if (!passes.paced(ticket)) {
                return null;
            }
            float[] image = from == Source.DRAWING ? drawn : s.test().image(index, s.scaling());
            // A test image is scored with its own label, as eval scores it; the drawing with the label picked.
            int label = from == Source.TEST_IMAGE ? s.test().label(index) : chosenLabel;
            ForwardPass p = pass.run(key, image, label, uniforms, schedules);
            return new Flow(p, new GreyImage(rows, cols, image), new GreyImage(rows, cols, p.reconstruction()), from,
                    index, requested);
        });
        if (movePoint) {
            flow.resultProperty().addListener(new MoveOnce(requested));
        }
    }

    /** After a new epsilon: moves the point to that pass's z once it arrives (one undo step, like any move). */
    private final class MoveOnce implements javafx.beans.value.ChangeListener<Flow> {
        private final long requested;

        MoveOnce(long requested) {
            this.requested = requested;
        }

        @Override
        public void changed(javafx.beans.value.ObservableValue<? extends Flow> o, Flow was, Flow now) {
            if (now == null || now.requestedNanos() >= requested) {
                o.removeListener(this);
            }
            if (now != null && now.requestedNanos() == requested) {
                placeNext = false;
                pendingEpsilon = null;
                if (now.pass().dims() > 0) {
                    placed = now.pass().z().clone();
                    point.restore(placed, point.labelProperty().get(), point.categoriesProperty().get());
                }
            }
        }
    }

    private void drawUniforms() {
        for (int i = 0; i < u.length; i++) {
            u[i] = (float) gumbel.nextDouble(1e-6, 1 - 1e-6);
        }
    }

    private float[] gaussian(int n) {
        float[] eps = new float[n];
        for (int d = 0; d < n; d++) {
            eps[d] = (float) epsilons.nextGaussian();
        }
        return eps;
    }

    private static boolean isZero(float[] v) {
        for (float x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static float[] fitted(float[] code, int dims) {
        return code.length == dims ? code.clone() : java.util.Arrays.copyOf(code, dims);
    }

    /** The latest pass (null before the first, or while no model is open). */
    public ReadOnlyObjectProperty<Flow> flowProperty() {
        return flow.resultProperty();
    }

    /** The blocks and which are revealed (step-through). */
    public HowItWorksSteps steps() {
        return steps;
    }

    /** Whether the view is shown: only then is anything computed. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** From a change (a drag, a new image) to its numbers being ready on the FX thread. */
    public LatencyRecorder refreshTimes() {
        return refreshTimes;
    }

    /** Passes asked for (stale ones are skipped by the worker). */
    long requested() {
        return flow.submitted();
    }

    /** The image's source and test index, for the view's caption. */
    Source source() {
        return source;
    }

    @Override
    public void close() {
        flow.close();
    }
}
