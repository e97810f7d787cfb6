package org.vaeexplorer.explore;

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
