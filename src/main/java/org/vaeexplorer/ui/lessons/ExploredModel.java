package org.vaeexplorer.ui.lessons;

import java.util.List;
import org.vaeexplorer.explore.CategoryDigits;

/**
 * What the model open in Explore does, as far as a lesson's text describes it: filled in by the app shell from
 * the Explore page, so a lesson states what the open model does instead of a sentence written for another.
 *
 * @param digits       what its categories draw (null: no discrete latent, or the test images not yet encoded)
 * @param classNames   its dataset's class names
 * @param mostUsedDim  the continuous dimension with the largest average KL over the test images (-1: not known)
 * @param mostUsedKl   that average KL in nats
 */
public record ExploredModel(CategoryDigits digits, List<String> classNames, int mostUsedDim, double mostUsedKl) {
    public ExploredModel {
        classNames = List.copyOf(classNames);
    }

    String className(int c) {
        return c >= 0 && c < classNames.size() ? classNames.get(c) : Integer.toString(c);
    }
}
