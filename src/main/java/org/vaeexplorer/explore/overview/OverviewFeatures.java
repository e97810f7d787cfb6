package org.vaeexplorer.explore.overview;

import org.vaeexplorer.explore.EncodedImages;

/**
 * What the overview places: each test image's posterior means, as the decoder reads a code ([z, c_1 ... c_k]): the
 * continuous means mu, then for each discrete latent its most probable category as a one-hot vector (the encoded
 * test set keeps the mode of q(c|x), not the whole distribution; a confident posterior's mean is close to it). Two
 * images of different categories are then sqrt 2 apart in that latent, and the overview of a Joint VAE shows its
 * categories as well as its styles.
 */
public final class OverviewFeatures {
    private OverviewFeatures() {
    }

    /** One row per image of {@code codes}; {@code categorySizes} are the discrete latents' sizes (none: empty). */
    public static double[][] of(EncodedImages codes, java.util.List<Integer> categorySizes) {
        int width = codes.dim() + categorySizes.stream().mapToInt(Integer::intValue).sum();
        double[][] rows = new double[codes.count()][width];
        for (int i = 0; i < codes.count(); i++) {
            for (int d = 0; d < codes.dim(); d++) {
                rows[i][d] = codes.mu(i, d);
            }
            int offset = codes.dim();
            int[] categories = codes.categoriesOf(i, categorySizes.size());
            for (int l = 0; l < categorySizes.size(); l++) {
                rows[i][offset + categories[l]] = 1;
                offset += categorySizes.get(l);
            }
        }
        return rows;
    }

    /** How many numbers each image's features have: the overview is offered when there are more than two. */
    public static int width(int continuous, java.util.List<Integer> categorySizes) {
        return continuous + categorySizes.stream().mapToInt(Integer::intValue).sum();
    }
}
