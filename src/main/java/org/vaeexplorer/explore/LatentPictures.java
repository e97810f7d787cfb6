package org.vaeexplorer.explore;

import org.vaeexplorer.model.ModelSpec;

/**
 * The decoder inputs of the explorer's composed pictures: a manifold grid over two latent dimensions (Kingma and
 * Welling 2014, fig. 4), traversals of one dimension (Higgins et al. 2017, fig. 7; Dupont 2018, fig. 3), the path
 * between two codes, and a point under every class label. Every picture keeps what the point being explored does
 * not vary: its other dimensions, its class label and its categories.
 */
public final class LatentPictures {
    private LatentPictures() {
    }

    /**
     * An n x n grid, row-major from the top left: dimension {@code xd} takes {@code positions} left to right,
     * {@code yd} bottom to top (y grows upwards as on the plane); the rest of {@code base}, the chosen categories
     * and the label are the point's.
     */
    public static DecoderInputs grid(ModelSpec spec, float[] base, int xd, int yd, double[] positions,
                                     int[] chosenCategories, int label) {
        int n = positions.length;
        float[] cats = DecoderInputs.oneHotCategories(spec, chosenCategories);
        DecoderInputs batch = new DecoderInputs(spec, n * n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                float[] z = base.clone();
                z[xd] = (float) positions[c];
                z[yd] = (float) positions[n - 1 - r];
                batch.set(r * n + c, z, cats, label);
            }
        }
        return batch;
    }

    /**
     * Rows of a traversal: for a Joint VAE one per category of its first discrete latent, for a CVAE one per
     * class, otherwise one per latent dimension.
     */
    public static int traversalRows(ModelSpec spec) {
        return spec.hasCategorical() ? spec.categories().get(0)
                : spec.conditional() ? spec.numClasses() : spec.latentDim();
    }

    /**
     * A traversal around {@code base}: each row sweeps one dimension through {@code steps}. A Joint VAE's rows
     * sweep dimension {@code dim} under each category of its first discrete latent (the other latents keep the
     * chosen ones), a CVAE's under each class; otherwise row r sweeps dimension r.
     */
    public static DecoderInputs traversal(ModelSpec spec, float[] base, int[] chosenCategories, int label, int dim,
                                          double[] steps) {
        int[] inOrder = new int[spec.latentDim()];
        for (int d = 0; d < inOrder.length; d++) {
            inOrder[d] = d;
        }
        return traversal(spec, base, chosenCategories, label, dim, steps, inOrder);
    }

    /**
     * As {@link #traversal(ModelSpec, float[], int[], int, int, double[])}, but a model without categories or
     * classes sweeps dimension {@code rowDims[r]} in row r (e.g. the most used dimensions first).
     */
    public static DecoderInputs traversal(ModelSpec spec, float[] base, int[] chosenCategories, int label, int dim,
                                          double[] steps, int[] rowDims) {
        int rows = traversalRows(spec);
        DecoderInputs batch = new DecoderInputs(spec, rows * steps.length);
        for (int r = 0; r < rows; r++) {
            int[] cats = chosenCategories.clone();
            if (spec.hasCategorical()) {
                cats[0] = r;
            }
            float[] oneHot = DecoderInputs.oneHotCategories(spec, cats);
            int swept = spec.hasCategorical() || spec.conditional() ? dim : rowDims[r];
            for (int c = 0; c < steps.length; c++) {
                float[] z = base.clone();
                z[swept] = (float) steps[c];
                batch.set(r * steps.length + c, z, oneHot, spec.conditional() ? r : label);
            }
        }
        return batch;
    }

    /**
     * {@code steps} codes on {@code mode}'s path from test code {@code a} to {@code b}. The decoder takes any point
     * of the simplex, so the first discrete latent blends linearly from a's category to b's; the label switches
     * half way.
     */
    public static DecoderInputs interpolation(ModelSpec spec, LatentCodes codes, int a, int b, Interpolation mode,
                                              int steps) {
        float[] path = mode.path(codes.code(a), codes.code(b), steps);
        float[] catA = DecoderInputs.oneHotCategories(spec, firstCategory(spec, codes, a));
        float[] catB = DecoderInputs.oneHotCategories(spec, firstCategory(spec, codes, b));
        DecoderInputs batch = new DecoderInputs(spec, steps);
        for (int i = 0; i < steps; i++) {
            double t = i / (double) (steps - 1);
            float[] z = new float[spec.latentDim()];
            System.arraycopy(path, i * z.length, z, 0, z.length);
            float[] cats = new float[catA.length];
            for (int k = 0; k < cats.length; k++) {
                cats[k] = (float) ((1 - t) * catA[k] + t * catB[k]);
            }
            batch.set(i, z, cats, t < 0.5 ? codes.labels()[a] : codes.labels()[b]);
        }
        return batch;
    }

    /** The point itself and, for a CVAE, the same code under every class after it (the analogy row). */
    public static DecoderInputs pointWithAnalogy(ModelSpec spec, float[] z, int[] chosenCategories, int label) {
        float[] cats = DecoderInputs.oneHotCategories(spec, chosenCategories);
        int n = spec.conditional() ? 1 + spec.numClasses() : 1;
        DecoderInputs batch = new DecoderInputs(spec, n);
        for (int i = 0; i < n; i++) {
            batch.set(i, z, cats, i == 0 ? label : i - 1);
        }
        return batch;
    }

    private static int[] firstCategory(ModelSpec spec, LatentCodes c, int i) {
        int[] cats = new int[spec.categories().size()];
        if (cats.length > 0 && c.categories()[i] >= 0) {
            cats[0] = c.categories()[i];
        }
        return cats;
    }
}
