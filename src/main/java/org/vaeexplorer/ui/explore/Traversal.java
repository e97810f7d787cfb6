package org.vaeexplorer.ui.explore;

import java.util.List;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.ui.common.GreyImage;

/**
 * A decoded traversal and what it shows: which dimension each row sweeps (under which category or class), and the
 * value of each column, so the view can name rows and columns instead of leaving them to be counted.
 *
 * @param values the swept dimension's value in each column, left to right
 */
public record Traversal(GreyImage image, List<Row> rows, double[] values) {
    /**
     * One row.
     *
     * @param dim       the dimension swept (0-based)
     * @param category  the category of the discrete latent matched to the classes (Joint VAE), else -1
     * @param label     the class the row is decoded under (CVAE), else -1
     * @param averageKl the swept dimension's average KL over the test set (nats), NaN while it is not known
     */
    public record Row(int dim, int category, int label, double averageKl) {
        /** The model leaves this dimension at the prior (average KL under {@link EncodedImages#UNUSED_NATS}). */
        public boolean unused() {
            return !Double.isNaN(averageKl) && averageKl < EncodedImages.UNUSED_NATS;
        }
    }
}
