package org.vaeexplorer.metrics;

import java.util.Random;

/**
 * The disentanglement metric of Higgins et al., "beta-VAE: Learning Basic Visual Concepts with a Constrained
 * Variational Framework" (ICLR 2017, section 3): for pairs of images sharing the value of one factor (all other
 * factors drawn independently), the mean absolute difference of their codes over a batch of pairs is one point
 * labelled with the shared factor; the score is the accuracy of a linear classifier predicting that factor on fresh
 * points. A code with one latent per factor makes the shared factor's latent the one whose difference is near 0.
 *
 * <p>Follows google-research/disentanglement_lib {@code evaluation/metrics/beta_vae.py}: the classifier is a
 * multinomial logistic regression ({@link LogisticRegression}, as the library's scikit-learn one, rather than a
 * nearest-centroid classifier, which would weigh every feature's scale equally and so depend on how the latents
 * are scaled); the score is the evaluation accuracy.
 */
public final class BetaVaeScore {
    private BetaVaeScore() {
    }

    /**
     * @param batch      pairs averaged into one point (the library's 64)
     * @param trainCount points the classifier is fitted on
     * @param evalCount  points it is scored on
     */
    public static double score(FactorEncoder encoder, Random random, int batch, int trainCount, int evalCount) {
        int[] sizes = encoder.factorSizes();
        int[] trainLabels = new int[trainCount];
        double[][] train = points(encoder, sizes, random, batch, trainLabels);
        int[] evalLabels = new int[evalCount];
        double[][] eval = points(encoder, sizes, random, batch, evalLabels);
        return LogisticRegression.fit(train, trainLabels, sizes.length).accuracy(eval, evalLabels);
    }

    private static double[][] points(FactorEncoder encoder, int[] sizes, Random random, int batch, int[] labels) {
        double[][] points = new double[labels.length][];
        for (int p = 0; p < labels.length; p++) {
            int k = random.nextInt(sizes.length);
            int[][] first = MetricMath.sampleFactors(sizes, batch, random);
            int[][] second = MetricMath.sampleFactors(sizes, batch, random);
            for (int i = 0; i < batch; i++) {
                second[i][k] = first[i][k];
            }
            double[][] a = encoder.codes(first);
            double[][] b = encoder.codes(second);
            double[] feature = new double[a[0].length];
            for (int i = 0; i < batch; i++) {
                for (int j = 0; j < feature.length; j++) {
                    feature[j] += Math.abs(a[i][j] - b[i][j]) / batch;
                }
            }
            points[p] = feature;
            labels[p] = k;
        }
        return points;
    }
}
