package org.vaeexplorer.ui.explore;

import java.util.Arrays;

/**
 * Where in the open model the page is, as a saved session keeps it: the plane's two dimensions and the point
 * (every dimension, the CVAE's label, the Joint VAE's categories).
 *
 * @param planeY -1 for a model of one dimension
 */
public record PointSnapshot(int planeX, int planeY, float[] code, int label, int[] categories) {
    public PointSnapshot {
        code = code.clone();
        categories = categories.clone();
    }

    /** The point of the model open on {@code explore} now. */
    public static PointSnapshot of(ExploreViewModel explore) {
        LatentPointViewModel p = explore.point();
        return new PointSnapshot(p.xDimProperty().get(), p.yDimProperty().get(), p.codeProperty().get(),
                p.labelProperty().get(), p.categoriesProperty().get());
    }

    /**
     * Puts the point of the model open on {@code explore} here, as one fresh start of its undo history; false (and
     * nothing changed) when it does not fit that model: another number of dimensions, a label or category it has
     * not.
     */
    public boolean applyTo(ExploreViewModel explore) {
        ExploreSession s = explore.sessionProperty().get();
        if (s == null || !fits(s)) {
            return false;
        }
        LatentPointViewModel p = explore.point();
        if (planeY >= 0) {
            p.setPlaneDimensions(planeX, planeY);
        }
        p.restore(code, label, categories);
        explore.history().reset();
        explore.views().renderGrid();
        return true;
    }

    private boolean fits(ExploreSession s) {
        var spec = s.spec();
        int dims = spec.latentDim();
        boolean plane = planeX >= 0 && planeX < dims && (planeY == -1 && dims == 1
                || planeY >= 0 && planeY < dims && planeY != planeX);
        boolean labelFits = label >= 0 && (label == 0 || label < spec.numClasses());
        boolean categoriesFit = categories.length == spec.categories().size();
        for (int i = 0; categoriesFit && i < categories.length; i++) {
            categoriesFit = categories[i] >= 0 && categories[i] < spec.categories().get(i);
        }
        return code.length == dims && plane && labelFits && categoriesFit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointSnapshot p && planeX == p.planeX && planeY == p.planeY && label == p.label
                && Arrays.equals(code, p.code) && Arrays.equals(categories, p.categories);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(code) + Arrays.hashCode(categories) + 7 * label + planeX + 3 * planeY;
    }

    @Override
    public String toString() {
        return "PointSnapshot[plane " + planeX + "," + planeY + ", z " + Arrays.toString(code) + ", label " + label
                + ", categories " + Arrays.toString(categories) + "]";
    }
}
