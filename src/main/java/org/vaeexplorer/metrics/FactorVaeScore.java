package org.vaeexplorer.metrics;

import java.util.Random;

/**
 * The disentanglement metric of Kim and Mnih, "Disentangling by Factorising" (ICML 2018, section 4): fix one factor
 * across a batch of images, divide each latent's variance over the batch by its variance over the data (so the
 * scale of a latent does not matter), take the latent with the smallest such variance as a vote for the fixed
 * factor, and classify votes by majority: each latent predicts the factor it was most often the argmin for. The
 * score is that classifier's accuracy on fresh votes: 1 when fixing any factor always stills its own latent.
 *
 * <p>Follows google-research/disentanglement_lib {@code evaluation/metrics/factor_vae.py}: batch variances with
 * ddof 1, latents whose standard deviation over the data is below {@link #PRUNE_STD} are dropped as collapsed to
 * the prior (the value of the library's configurations; its code default is 0), the score is the evaluation
 * accuracy. Unlike the library, a vote names the latent itself, not its rank among the active ones.
 */
public final class FactorVaeScore {
    public static final double PRUNE_STD = 0.05;

    private FactorVaeScore() {
    }

    /**
     * @param globalCodes codes of images sampled from the data, for the global variances
     * @param batch       images per vote, the factor fixed across them (the library's 64)
     * @param trainVotes  votes that build the majority classifier
     * @param evalVotes   votes it is scored on
     */
    public static double score(FactorEncoder encoder, double[][] globalCodes, Random random, int batch,
                               int trainVotes, int evalVotes) {
        int[] sizes = encoder.factorSizes();
        double[] global = MetricMath.variances(globalCodes);
        boolean[] active = new boolean[global.length];
        boolean any = false;
        for (int j = 0; j < global.length; j++) {
            active[j] = Math.sqrt(global[j]) >= PRUNE_STD;
            any |= active[j];
        }
        if (!any) {
            return 0;
        }
        int[][] train = votes(encoder, sizes, global, active, random, batch, trainVotes);
        int[] classifier = new int[global.length];
        for (int j = 0; j < global.length; j++) {
            for (int k = 1; k < sizes.length; k++) {
                classifier[j] = train[k][j] > train[classifier[j]][j] ? k : classifier[j];
            }
        }
        int[][] eval = votes(encoder, sizes, global, active, random, batch, evalVotes);
        int right = 0;
        for (int j = 0; j < global.length; j++) {
            right += eval[classifier[j]][j];
        }
        return right / (double) evalVotes;
    }

    /** {@code votes[k][j]}: how often fixing factor k made latent j the least variable. */
    private static int[][] votes(FactorEncoder encoder, int[] sizes, double[] global, boolean[] active,
                                 Random random, int batch, int count) {
        int[][] votes = new int[sizes.length][global.length];
        for (int v = 0; v < count; v++) {
            int k = random.nextInt(sizes.length);
            int[][] factors = MetricMath.sampleFactors(sizes, batch, random);
            for (int[] row : factors) {
                row[k] = factors[0][k];
            }
            double[] local = MetricMath.variances(encoder.codes(factors));
            int argmin = -1;
            for (int j = 0; j < global.length; j++) {
                if (active[j] && (argmin < 0 || local[j] / global[j] < local[argmin] / global[argmin])) {
                    argmin = j;
                }
            }
            votes[k][argmin]++;
        }
        return votes;
    }
}
