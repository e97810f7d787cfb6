package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.vaeexplorer.explore.GridSpacing;
import org.vaeexplorer.explore.Interpolation;
import org.vaeexplorer.explore.LatentCodes;
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
    private final AsyncView<GreyImage> traversal;
    private final AsyncView<GreyImage> interpolationImage;
    private final LatentPointViewModel point;
    private ExploreSession session;
    private LatentCodes codes;

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
    }

    void setSession(ExploreSession s) {
        session = s;
        if (traversalDim.get() >= s.spec().latentDim()) {
            traversalDim.set(0);
        }
        renderAll();
    }

    void setCodes(LatentCodes c) {
        codes = c;
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
        int n = gridSize.get();
        double[] xs = spacing.get().positions(n, gridExtent.get());
        int xd = point.xDimProperty().get();
        int yd = point.yDimProperty().get();
        float[] base = point.codeProperty().get().clone();
        float[] cats = CodeBatch.oneHotCategories(spec, point.categoriesProperty().get());
        int label = point.labelProperty().get();
        grid.request(() -> {
            CodeBatch batch = new CodeBatch(spec, n * n);
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    float[] z = base.clone();
                    z[xd] = (float) xs[c];
                    z[yd] = (float) xs[n - 1 - r];
                    batch.set(r * n + c, z, cats, label);
                }
            }
            return decodeTiled(s, batch, n * n, n);
        });
    }

    /**
     * One dimension swept from -2 to 2 around the point: for a Joint VAE one row per category of its first
     * discrete latent, for a CVAE one row per class, otherwise one row per latent dimension (Higgins 2017, fig. 7).
     */
    public void renderTraversal() {
        ExploreSession s = session;
        if (s == null || s.spec().latentDim() < 1) {
            return;
        }
        ModelSpec spec = s.spec();
        double[] steps = GridSpacing.LINEAR.positions(TRAVERSAL_STEPS, TRAVERSAL_EXTENT);
        float[] base = point.codeProperty().get().clone();
        int[] chosen = point.categoriesProperty().get().clone();
        int label = point.labelProperty().get();
        int dim = Math.min(traversalDim.get(), spec.latentDim() - 1);
        int rows = spec.hasCategorical() ? spec.categories().get(0)
                : spec.conditional() ? spec.numClasses() : spec.latentDim();
        traversal.request(() -> {
            CodeBatch batch = new CodeBatch(spec, rows * TRAVERSAL_STEPS);
            for (int r = 0; r < rows; r++) {
                int[] cats = chosen.clone();
                if (spec.hasCategorical()) {
                    cats[0] = r;
                }
                float[] oneHot = CodeBatch.oneHotCategories(spec, cats);
                for (int c = 0; c < TRAVERSAL_STEPS; c++) {
                    float[] z = base.clone();
                    int swept = spec.hasCategorical() || spec.conditional() ? dim : r;
                    z[swept] = (float) steps[c];
                    batch.set(r * TRAVERSAL_STEPS + c, z, oneHot, spec.conditional() ? r : label);
                }
            }
            return decodeTiled(s, batch, rows * TRAVERSAL_STEPS, TRAVERSAL_STEPS);
        });
    }

    /** The two test images with the decoded path between their posterior means in between. */
    public void renderInterpolation() {
        ExploreSession s = session;
        LatentCodes c = codes;
        if (s == null || c == null || c.count() < 2 || s.spec().latentDim() < 1) {
            return;
        }
        int a = Math.floorMod(interpolationFrom.get(), c.count());
        int b = Math.floorMod(interpolationTo.get(), c.count());
        ModelSpec spec = s.spec();
        Interpolation mode = interpolation.get();
        interpolationImage.request(() -> {
            float[] path = mode.path(c.code(a), c.code(b), INTERPOLATION_STEPS);
            float[] catA = CodeBatch.oneHotCategories(spec, firstCategory(spec, c, a));
            float[] catB = CodeBatch.oneHotCategories(spec, firstCategory(spec, c, b));
            int n = INTERPOLATION_STEPS;
            CodeBatch batch = new CodeBatch(spec, n);
            for (int i = 0; i < n; i++) {
                double t = i / (double) (n - 1);
                float[] z = new float[spec.latentDim()];
                System.arraycopy(path, i * z.length, z, 0, z.length);
                float[] cats = new float[catA.length];
                for (int k = 0; k < cats.length; k++) {
                    // The decoder takes any point of the simplex, so categories blend along the path too.
                    cats[k] = (float) ((1 - t) * catA[k] + t * catB[k]);
                }
                batch.set(i, z, cats, t < 0.5 ? c.labels()[a] : c.labels()[b]);
            }
            float[] pixels = s.explorer().decode(batch.z(), batch.categories(), batch.labels(), n);
            int rows = s.test().rows();
            int cols = s.test().cols();
            List<GreyImage> strip = new ArrayList<>();
            strip.add(new GreyImage(rows, cols, s.test().image(a, s.scaling())));
            strip.addAll(CodeBatch.split(pixels, n, rows, cols));
            strip.add(new GreyImage(rows, cols, s.test().image(b, s.scaling())));
            return CodeBatch.tile(strip, strip.size(), rows, cols);
        });
    }

    private static int[] firstCategory(ModelSpec spec, LatentCodes c, int i) {
        int[] cats = new int[spec.categories().size()];
        if (cats.length > 0 && c.categories()[i] >= 0) {
            cats[0] = c.categories()[i];
        }
        return cats;
    }

    private static GreyImage decodeTiled(ExploreSession s, CodeBatch batch, int n, int columns) {
        float[] pixels = s.explorer().decode(batch.z(), batch.categories(), batch.labels(), n);
        int rows = s.test().rows();
        int cols = s.test().cols();
        return CodeBatch.tile(CodeBatch.split(pixels, n, rows, cols), columns, rows, cols);
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

    public ReadOnlyObjectProperty<GreyImage> traversalProperty() {
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
