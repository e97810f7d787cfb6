package org.vaeexplorer.explore;

import org.vaeexplorer.model.LatentCodes;
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
    public static LatentCodes grid(ModelSpec spec, float[] base, int xd, int yd, double[] positions,
                                   int[] chosenCategories, int label) {
        int n = positions.length;
        LatentCodes.Builder batch = LatentCodes.builder(spec, n * n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                float[] z = base.clone();
                z[xd] = (float) positions[c];
                z[yd] = (float) positions[n - 1 - r];
                batch.set(r * n + c, z, chosenCategories, label);
            }
        }
        return batch.build();
    }

    /**
     * Rows of a traversal: for a Joint VAE one per category of its discrete latent matched to the classes
     * ({@link ClusterMatching#matchedLatent}: the rows are then named after them), for a CVAE one per class,
     * otherwise one per latent dimension.
     */
    public static int traversalRows(ModelSpec spec) {
        return spec.hasCategorical() ? spec.categories().get(ClusterMatching.matchedLatent(spec))
                : spec.conditional() ? spec.numClasses() : spec.latentDim();
    }

    /**
     * A traversal around {@code base}: each row sweeps one dimension through {@code steps}. A Joint VAE's rows
     * sweep dimension {@code dim} under each category of its matched discrete latent (the other latents keep
     * the chosen ones), a CVAE's under each class; otherwise row r sweeps dimension r.
     */
    public static LatentCodes traversal(ModelSpec spec, float[] base, int[] chosenCategories, int label, int dim,
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
    public static LatentCodes traversal(ModelSpec spec, float[] base, int[] chosenCategories, int label, int dim,
                                        double[] steps, int[] rowDims) {
        int rows = traversalRows(spec);
        LatentCodes.Builder batch = LatentCodes.builder(spec, rows * steps.length);
        for (int r = 0; r < rows; r++) {
            int[] cats = java.util.Arrays.copyOf(chosenCategories, spec.categories().size());
            if (spec.hasCategorical()) {
                cats[ClusterMatching.matchedLatent(spec)] = r;
            }
            int swept = spec.hasCategorical() || spec.conditional() ? dim : rowDims[r];
            for (int c = 0; c < steps.length; c++) {
                float[] z = base.clone();
                z[swept] = (float) steps[c];
                batch.set(r * steps.length + c, z, cats, spec.conditional() ? r : label);
            }
        }
        return batch.build();
    }

    /**
     * {@code steps} codes on {@code mode}'s path from test code {@code a} to {@code b}. The decoder takes any point
     * of the simplex, so each discrete latent blends linearly from a's category to b's; the label switches half way.
     */
    public static LatentCodes interpolation(ModelSpec spec, EncodedImages codes, int a, int b, Interpolation mode,
                                            int steps) {
        float[] path = mode.path(codes.code(a), codes.code(b), steps);
        int latents = spec.categories().size();
        int[] catA = codes.categoriesOf(a, latents);
        int[] catB = codes.categoriesOf(b, latents);
        LatentCodes.Builder batch = LatentCodes.builder(spec, steps);
        for (int i = 0; i < steps; i++) {
            double t = i / (double) (steps - 1);
            float[] z = new float[spec.latentDim()];
            System.arraycopy(path, i * z.length, z, 0, z.length);
            float[][] blend = new float[latents][];
            for (int l = 0; l < latents; l++) {
                blend[l] = new float[spec.categories().get(l)];
                for (int k = 0; k < blend[l].length; k++) {
                    blend[l][k] = (float) ((1 - t) * (k == catA[l] ? 1 : 0) + t * (k == catB[l] ? 1 : 0));
                }
            }
            batch.set(i, z, blend, t < 0.5 ? codes.labels()[a] : codes.labels()[b]);
        }
        return batch.build();
    }

    /** The point itself and, for a CVAE, the same code under every class after it (the analogy row). */
    public static LatentCodes pointWithAnalogy(ModelSpec spec, float[] z, int[] chosenCategories, int label) {
        int n = spec.conditional() ? 1 + spec.numClasses() : 1;
        LatentCodes.Builder batch = LatentCodes.builder(spec, n);
        for (int i = 0; i < n; i++) {
            batch.set(i, z, chosenCategories, i == 0 ? label : i - 1);
        }
        return batch.build();
    }
}
