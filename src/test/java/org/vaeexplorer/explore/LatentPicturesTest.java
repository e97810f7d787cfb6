package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.TinyModels;

class LatentPicturesTest {
    private static final ModelSpec CVAE = ModelKind.CVAE.defaultSpec(28, 28, 10);
    /** Two continuous dims, discrete latents of 4 and 3 categories. */
    private static final ModelSpec JOINT = TinyModels.joint(0.67);

    @Test
    void aGridSweepsThePlaneDimensionsAndKeepsThePointsLabelAndCategories() {
        double[] positions = {-1, 0, 1};
        LatentCodes grid = LatentPictures.grid(CVAE, new float[] {5, 5}, 0, 1, positions, new int[0], 7);
        assertEquals(9, grid.count());
        // Top-left is (-1, +1): y grows upwards; bottom-right (+1, -1).
        assertArrayEquals(new float[] {-1, 1}, row(grid.continuous(), 0, 2));
        assertArrayEquals(new float[] {1, -1}, row(grid.continuous(), 8, 2));
        for (int i = 0; i < 9; i++) {
            assertEquals(1f, grid.labels()[i * 10 + 7], "every cell has the point's label");
        }

        LatentCodes joint = LatentPictures.grid(JOINT, new float[] {0, 0}, 0, 1, positions, new int[] {2, 1}, 0);
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 1, 0}, categories(joint, 4),
                "every cell has the point's categories, one-hot per discrete latent");
        assertEquals(0, joint.labels().length, "an unconditional model takes no labels");
    }

    @Test
    void aTraversalHasARowPerCategoryOrClassOrDimension() {
        double[] steps = {-2, 0, 2};
        LatentCodes joint = LatentPictures.traversal(JOINT, new float[] {0.5f, 0.25f}, new int[] {0, 2}, 0, 1,
                steps);
        assertEquals(4 * 3, joint.count(), "one row per category of the first discrete latent");
        // Row 3, step 0: category 3 of the first latent, the second keeps the chosen 2; dimension 1 swept.
        assertArrayEquals(new float[] {0, 0, 0, 1, 0, 0, 1}, categories(joint, 9));
        assertArrayEquals(new float[] {0.5f, -2}, row(joint.continuous(), 9, 2));

        LatentCodes cvae = LatentPictures.traversal(CVAE, new float[] {0, 0}, new int[0], 4, 0, steps);
        assertEquals(10 * 3, cvae.count(), "one row per class");
        assertEquals(1f, cvae.labels()[5 * 3 * 10 + 5], "row 5 is decoded as class 5");

        ModelSpec vae = ModelKind.BETA_VAE.defaultSpec(28, 28, 10);
        float[] base = new float[10];
        base[3] = 0.7f;
        LatentCodes plain = LatentPictures.traversal(vae, base, new int[0], 0, 0, steps);
        assertEquals(10 * 3, plain.count(), "one row per latent dimension");
        float[] rowTwoEnd = row(plain.continuous(), 2 * 3 + 2, 10);
        assertEquals(2f, rowTwoEnd[2], "row 2 sweeps dimension 2");
        assertEquals(0.7f, rowTwoEnd[3], "the other dimensions are the point's");
    }

    @Test
    void anInterpolationRunsFromOneCodeToTheOtherAndBlendsTheirCategories() {
        EncodedImages codes = new EncodedImages(2, 2, new float[] {0, 0, 4, 2}, new float[4], new int[] {1, 2},
                new int[][] {{0, 3}});
        LatentCodes path = LatentPictures.interpolation(JOINT, codes, 0, 1, Interpolation.LINEAR, 3);
        assertArrayEquals(new float[] {2, 1}, row(path.continuous(), 1, 2));
        assertArrayEquals(new float[] {0.5f, 0, 0, 0.5f, 1, 0, 0}, categories(path, 1),
                "half way between category 0 and 3; the second latent stays at its first category");
    }

    @Test
    void tilesLayImagesOutRowByRow() {
        float[] images = {1, 2, 3, 4, 5, 6}; // three 1x2 images
        ImageTiles t = ImageTiles.of(images, 3, 2, 1, 2);
        assertEquals(2, t.rows());
        assertEquals(4, t.cols());
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 0, 0}, t.pixels());
        assertArrayEquals(new float[] {5, 6}, ImageTiles.one(images, 2, 1, 2));
    }

    /** Row {@code i}'s categories, every discrete latent's block side by side. */
    private static float[] categories(LatentCodes codes, int i) {
        float[] out = new float[0];
        for (float[] block : codes.categories()) {
            int k = block.length / codes.count();
            float[] both = java.util.Arrays.copyOf(out, out.length + k);
            System.arraycopy(block, i * k, both, out.length, k);
            out = both;
        }
        return out;
    }

    private static float[] row(float[] all, int i, int width) {
        float[] out = new float[width];
        System.arraycopy(all, i * width, out, 0, width);
        return out;
    }
}
