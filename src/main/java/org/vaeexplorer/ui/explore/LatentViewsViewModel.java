package org.vaeexplorer.ui.explore;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.GridSpacing;
import org.vaeexplorer.explore.ImageTiles;
import org.vaeexplorer.explore.Interpolation;
import org.vaeexplorer.explore.LatentPictures;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.ui.common.GreyImage;

/**
 * The Explore page's composed pictures, each decoded in one batch off the FX thread: the manifold grid over the
 * plane, latent traversals, and the interpolation between two test images.
 */
public final class LatentViewsViewModel implements AutoCloseable {
    /** The latent span of a traversal: the prior's 5%-95% quantiles are +-1.645, a little more shows the ends. */
    static final double TRAVERSAL_EXTENT = 2.0;
    private static final int TRAVERSAL_STEPS = 10;
    private static final int INTERPOLATION_STEPS = 10;

    private final IntegerProperty gridSize = new SimpleIntegerProperty(15);
    private final ObjectProperty<GridSpacing> spacing = new SimpleObjectProperty<>(GridSpacing.GAUSSIAN_QUANTILE);
    private final DoubleProperty gridExtent = new SimpleDoubleProperty(3);
    private final IntegerProperty traversalDim = new SimpleIntegerProperty(0);
    private final IntegerProperty interpolationFrom = new SimpleIntegerProperty(0);
    private final IntegerProperty interpolationTo = new SimpleIntegerProperty(1);
    private final ObjectProperty<Interpolation> interpolation = new SimpleObjectProperty<>(Interpolation.LINEAR);
    private final AsyncView<GreyImage> grid;
    private final AsyncView<Traversal> traversal;
    private final AsyncView<GreyImage> interpolationImage;
    private final LatentPointViewModel point;
    private ExploreSession session;
    private EncodedImages codes;
    /** The session's dimensions by average KL, largest first; null until its test set is encoded. */
    private int[] byKl;

    LatentViewsViewModel(LatentPointViewModel point, Executor fx, Consumer<String> onError) {
        this.point = point;
        grid = new AsyncView<>("decode-grid", fx, onError);
        traversal = new AsyncView<>("decode-traversal", fx, onError);
        interpolationImage = new AsyncView<>("decode-interpolation", fx, onError);
        gridSize.addListener((o, was, now) -> renderGrid());
        spacing.addListener((o, was, now) -> renderGrid());
        gridExtent.addListener((o, was, now) -> renderGrid());
        traversalDim.addListener((o, was, now) -> renderTraversal());
        interpolation.addListener((o, was, now) -> renderInterpolation());
        interpolationFrom.addListener((o, was, now) -> renderInterpolation());
        interpolationTo.addListener((o, was, now) -> renderInterpolation());
        // The grid and the traversal show "the point's" other dimensions, label and categories: follow them.
        point.codeProperty().addListener((o, was, now) -> pointMoved(was, now));
        point.labelProperty().addListener((o, was, now) -> pointChanged());
        point.categoriesProperty().addListener((o, was, now) -> pointChanged());
    }

    /**
     * Dragging over the plane changes only the grid's own two dimensions, which it overrides: then only the
     * traversal is redrawn, so a drag does not queue a whole grid per mouse move.
     */
    private void pointMoved(float[] was, float[] now) {
        if (!followsThePoint()) {
            return;
        }
        if (!sameOffThePlane(was, now)) {
            renderGrid();
        }
        renderTraversal();
    }

    private void pointChanged() {
        if (followsThePoint()) {
            renderGrid();
            renderTraversal();
        }
    }

    /** While a new model is being set up the point already has the new model's code and this the old model. */
    private boolean followsThePoint() {
        return session != null && point.session() == session;
    }

    private boolean sameOffThePlane(float[] a, float[] b) {
        if (a == null || a.length != b.length) {
            return false;
        }
        int xd = point.xDimProperty().get();
        int yd = point.yDimProperty().get();
        for (int d = 0; d < a.length; d++) {
            if (d != xd && d != yd && a[d] != b[d]) {
                return false;
            }
        }
        return true;
    }

    void setSession(ExploreSession s) {
        session = s;
        byKl = null;
        if (traversalDim.get() >= s.spec().latentDim()) {
            traversalDim.set(0);
        }
        renderAll();
    }

    /**
     * New codes of the session's test set. The first of a session turn the traversal to the most used dimension
     * (a Joint VAE's or CVAE's rows sweep one chosen dimension) or put the most used rows first (the others': a
     * row per dimension); later ones (a followed run, each epoch) keep the dimension the user has chosen.
     */
    void setCodes(EncodedImages c) {
        codes = c;
        if (c.count() > 0 && session != null && c.dim() == session.spec().latentDim() && c.dim() > 0) {
            boolean first = byKl == null;
            byKl = c.dimensionsByKl();
            ModelSpec spec = session.spec();
            if (first && (spec.hasCategorical() || spec.conditional()) && traversalDim.get() != byKl[0]) {
                traversalDim.set(byKl[0]);
            } else {
                renderTraversal();
            }
        }
        renderInterpolation();
    }

    void renderAll() {
        renderGrid();
        renderTraversal();
        renderInterpolation();
    }

    /** The grid over the plane's two dimensions; the other dimensions, label and categories are the point's. */
    public void renderGrid() {
        ExploreSession s = session;
        if (s == null || s.spec().latentDim() < 2) {
            return;
        }
        ModelSpec spec = s.spec();
        // The quantiles are the prior's (the user's extent is in latent units already).
        double[] positions = scaled(spacing.get().positions(gridSize.get(), gridExtent.get()),
                spacing.get() == GridSpacing.GAUSSIAN_QUANTILE ? spec.capabilities().priorScale() : 1);
        int xd = point.xDimProperty().get();
        int yd = point.yDimProperty().get();
        float[] base = point.codeProperty().get().clone();
        int[] cats = point.categoriesProperty().get().clone();
        int label = point.labelProperty().get();
        grid.request(() -> decodeTiled(s, LatentPictures.grid(spec, base, xd, yd, positions, cats, label),
                positions.length));
    }

    /**
     * One dimension swept from -2 s to 2 s around the point (s the prior's standard deviation, 1 but for a kind with
     * another prior): for a Joint VAE one row per category of its first discrete latent, for a CVAE one row per
     * class, otherwise one row per latent dimension (Higgins 2017, fig. 7).
     */
    public void renderTraversal() {
        ExploreSession s = session;
        if (s == null || s.spec().latentDim() < 1) {
            return;
        }
        ModelSpec spec = s.spec();
        double[] steps = scaled(GridSpacing.LINEAR.positions(TRAVERSAL_STEPS, TRAVERSAL_EXTENT),
                spec.capabilities().priorScale());
        float[] base = point.codeProperty().get().clone();
        int[] chosen = point.categoriesProperty().get().clone();
        int label = point.labelProperty().get();
        int dim = Math.min(traversalDim.get(), spec.latentDim() - 1);
        int[] rowDims = byKl != null ? byKl.clone() : inOrder(spec.latentDim());
        java.util.List<Traversal.Row> rows = traversalRows(spec, dim, rowDims, codes);
        traversal.request(() -> new Traversal(decodeTiled(s,
                LatentPictures.traversal(spec, base, chosen, label, dim, steps, rowDims), TRAVERSAL_STEPS),
                rows, steps));
    }

    /** {@code positions} in units of a prior's standard deviation {@code scale} (1: the same array). */
    private static double[] scaled(double[] positions, double scale) {
        if (scale != 1) {
            for (int i = 0; i < positions.length; i++) {
                positions[i] *= scale;
            }
        }
        return positions;
    }

    /** What each row of a traversal sweeps, in the order {@link LatentPictures#traversal} decodes them. */
    private static java.util.List<Traversal.Row> traversalRows(ModelSpec spec, int dim, int[] rowDims,
                                                                EncodedImages c) {
        java.util.List<Traversal.Row> rows = new java.util.ArrayList<>();
        for (int r = 0; r < LatentPictures.traversalRows(spec); r++) {
            int swept = spec.hasCategorical() || spec.conditional() ? dim : rowDims[r];
            double kl = c != null && c.count() > 0 && c.dim() == spec.latentDim() ? c.averageKl()[swept] : Double.NaN;
            rows.add(new Traversal.Row(swept, spec.hasCategorical() ? r : -1, spec.conditional() ? r : -1, kl));
        }
        return java.util.List.copyOf(rows);
    }

    private static int[] inOrder(int n) {
        int[] dims = new int[n];
        for (int d = 0; d < n; d++) {
            dims[d] = d;
        }
        return dims;
    }

    /** The two test images with the decoded path between their posterior means in between. */
    public void renderInterpolation() {
        ExploreSession s = session;
        EncodedImages c = codes;
        if (s == null || c == null || c.count() < 2 || s.spec().latentDim() < 1) {
            return;
        }
        int a = Math.floorMod(interpolationFrom.get(), c.count());
        int b = Math.floorMod(interpolationTo.get(), c.count());
        Interpolation mode = interpolation.get();
        interpolationImage.request(() -> {
            int n = INTERPOLATION_STEPS;
            float[] decoded = s.explorer().decode(LatentPictures.interpolation(s.spec(), c, a, b, mode, n));
            int size = s.spec().pixels();
            float[] strip = new float[(n + 2) * size];
            System.arraycopy(s.test().image(a, s.scaling()), 0, strip, 0, size);
            System.arraycopy(decoded, 0, strip, size, n * size);
            System.arraycopy(s.test().image(b, s.scaling()), 0, strip, (n + 1) * size, size);
            return tiled(s, strip, n + 2, n + 2);
        });
    }

    private static GreyImage decodeTiled(ExploreSession s, LatentCodes batch, int columns) {
        return tiled(s, s.explorer().decode(batch), batch.count(), columns);
    }

    private static GreyImage tiled(ExploreSession s, float[] images, int count, int columns) {
        ImageTiles t = ImageTiles.of(images, count, columns, s.test().rows(), s.test().cols(), s.spec().channels());
        return new GreyImage(t.rows(), t.cols(), t.pixels());
    }

    public IntegerProperty gridSizeProperty() {
        return gridSize;
    }

    public ObjectProperty<GridSpacing> spacingProperty() {
        return spacing;
    }

    public DoubleProperty gridExtentProperty() {
        return gridExtent;
    }

    /** Turns the traversal to the most used dimension; before the codes arrive {@link #setCodes} will. */
    public void traverseMostUsedDimension() {
        EncodedImages c = codes;
        int most = c == null || session == null || c.dim() != session.spec().latentDim() ? -1 : c.mostUsedDimension();
        if (most >= 0) {
            traversalDim.set(most);
        }
    }

    public IntegerProperty traversalDimProperty() {
        return traversalDim;
    }

    public IntegerProperty interpolationFromProperty() {
        return interpolationFrom;
    }

    public IntegerProperty interpolationToProperty() {
        return interpolationTo;
    }

    public ObjectProperty<Interpolation> interpolationProperty() {
        return interpolation;
    }

    public ReadOnlyObjectProperty<GreyImage> gridProperty() {
        return grid.resultProperty();
    }

    public ReadOnlyObjectProperty<Traversal> traversalProperty() {
        return traversal.resultProperty();
    }

    public ReadOnlyObjectProperty<GreyImage> interpolationImageProperty() {
        return interpolationImage.resultProperty();
    }

    @Override
    public void close() {
        grid.close();
        traversal.close();
        interpolationImage.close();
    }
}
