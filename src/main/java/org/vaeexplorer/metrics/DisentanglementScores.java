package org.vaeexplorer.metrics;

import java.util.Random;

/**
 * The four disentanglement metrics of one representation, computed on one seeded sample: MIG ({@link Mig}), the
 * FactorVAE score ({@link FactorVaeScore}), the beta-VAE score ({@link BetaVaeScore}) and DCI disentanglement
 * ({@link DciDisentanglement}). MIG, DCI and the FactorVAE score's global variances share one sample of
 * {@link SampleSizes#points()} items.
 */
public record DisentanglementScores(double mig, double factorVae, double betaVae, double dciDisentanglement) {
    /**
     * How much each metric samples. disentanglement_lib's defaults are 10,000 points for MIG and DCI, 64-image
     * batches, 10,000 training and 5,000 evaluation votes or points; {@link #EVAL} is a fraction of that so that
     * {@code eval} stays under a minute for a small model (about 60,000 images drawn and encoded).
     *
     * @param points      items of the shared sample (MIG, DCI, global variances)
     * @param batch       images per FactorVAE vote and pairs per beta-VAE point
     * @param trainPoints votes (FactorVAE) and points (beta-VAE) to fit each classifier
     * @param evalPoints  votes and points to score it
     */
    public record SampleSizes(int points, int batch, int trainPoints, int evalPoints) {
        public static final SampleSizes EVAL = new SampleSizes(2000, 64, 300, 200);
    }

    public static DisentanglementScores compute(FactorEncoder encoder, long seed, SampleSizes sizes) {
        Random random = new Random(seed);
        int[][] factors = MetricMath.sampleFactors(encoder.factorSizes(), sizes.points(), random);
        double[][] codes = encoder.codes(factors);
        double mig = Mig.score(factors, codes, encoder.factorSizes());
        double dci = DciDisentanglement.score(factors, codes);
        double factorVae = FactorVaeScore.score(encoder, codes, random, sizes.batch(), sizes.trainPoints(),
                sizes.evalPoints());
        double betaVae = BetaVaeScore.score(encoder, random, sizes.batch(), sizes.trainPoints(), sizes.evalPoints());
        return new DisentanglementScores(mig, factorVae, betaVae, dci);
    }
}
