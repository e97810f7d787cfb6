package org.vaeexplorer.explore;

import org.vaeexplorer.model.ModelSpec;

/**
 * How well a discrete latent's categories recover the dataset's classes, as Dupont (2018) reports for JointVAE:
 * each category is mapped to a distinct class so that the number of test images whose category maps to their own
 * class is largest (found with {@link Hungarian}); that number over all images is the unsupervised accuracy.
 *
 * @param confusion     confusion[category][class] = images of that class put in that category
 * @param classOfCategory the class each category is mapped to (-1 if there are more categories than classes)
 * @param accuracy      the fraction of images whose category maps to their class
 */
public record ClusterMatching(int[][] confusion, int[] classOfCategory, double accuracy) {
    /**
     * The discrete latent whose categories are matched to the classes: the first with at least as many categories
     * as there are classes, else the first. Dupont (2018) matches MNIST's 10-way latent to its 10 digits; the
     * matching gives each class a category of its own, which a latent with fewer categories cannot, so a model
     * given {@code --discrete 2,10} is matched on its second latent, one given {@code 10,2} on its first.
     */
    public static int matchedLatent(ModelSpec spec) {
        for (int l = 0; l < spec.categories().size(); l++) {
            if (spec.categories().get(l) >= spec.numClasses()) {
                return l;
            }
        }
        return 0;
    }

    /** The matching of {@link #matchedLatent}'s categories of {@code codes} to their labels. */
    public static ClusterMatching of(EncodedImages codes, ModelSpec spec) {
        int latent = matchedLatent(spec);
        return of(codes.categories()[latent], codes.labels(), spec.categories().get(latent), spec.numClasses());
    }

    public static ClusterMatching of(int[] categories, int[] labels, int numCategories, int numClasses) {
        if (categories.length != labels.length) {
            throw new IllegalArgumentException(categories.length + " categories for " + labels.length + " labels");
        }
        int[][] confusion = new int[numCategories][numClasses];
        for (int i = 0; i < labels.length; i++) {
            confusion[categories[i]][labels[i]]++;
        }
        int[] classOfCategory = new int[numCategories];
        java.util.Arrays.fill(classOfCategory, -1);
        boolean categoriesAreRows = numCategories <= numClasses;
        int rows = categoriesAreRows ? numCategories : numClasses;
        int cols = categoriesAreRows ? numClasses : numCategories;
        double[][] cost = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cost[r][c] = -(categoriesAreRows ? confusion[r][c] : confusion[c][r]);
            }
        }
        int[] assigned = Hungarian.minimumCostAssignment(cost);
        for (int r = 0; r < rows; r++) {
            if (categoriesAreRows) {
                classOfCategory[r] = assigned[r];
            } else {
                classOfCategory[assigned[r]] = r;
            }
        }
        long correct = 0;
        for (int k = 0; k < numCategories; k++) {
            if (classOfCategory[k] >= 0) {
                correct += confusion[k][classOfCategory[k]];
            }
        }
        return new ClusterMatching(confusion, classOfCategory, labels.length == 0 ? 0 : correct / (double) labels.length);
    }
}
