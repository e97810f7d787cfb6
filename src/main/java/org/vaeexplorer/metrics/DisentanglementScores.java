package org.vaeexplorer.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The four disentanglement metrics of one representation, computed on one seeded sample: MIG ({@link Mig}), the
 * FactorVAE score ({@link FactorVaeScore}), the beta-VAE score ({@link BetaVaeScore}) and DCI disentanglement
 * ({@link DciDisentanglement}). MIG, DCI and the FactorVAE score's global variances share one sample of
 * {@link SampleSizes#points()} items.
 */
public record DisentanglementScores(double mig, double factorVae, double betaVae, double dciDisentanglement) {
    /** The names {@code eval} prints them under, in this order; a checkpoint records an epoch's scores by them. */
    public static final List<String> NAMES = List.of("mig", "factorvae_score", "betavae_score",
            "dci_disentanglement");

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
        /**
         * After every epoch of a run: 1,000 shared points, 100 + 100 FactorVAE votes and beta-VAE points, each
         * of 32 images or pairs (20,200 images drawn and encoded), so that the cost stays of the order of one epoch
         * of a small model on {@code sprites-small} (about 2 s on this machine under load; figures in
         * {@code run.FactorScoring}). Half the library's batch and fewer votes make the two classifier scores
         * coarser (steps of 1%, and a few points of noise from epoch to epoch) than {@link #EVAL}'s.
         */
        public static final SampleSizes PER_EPOCH = new SampleSizes(1000, 32, 100, 100);

        /** Images drawn and encoded in all: the shared sample, the votes, and two per beta-VAE pair. */
        public long images() {
            return points + (long) (trainPoints + evalPoints) * batch * 3;
        }
    }

    /** The four by {@link #NAMES}, in that order. */
    public Map<String, Double> named() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(NAMES.get(0), mig);
        out.put(NAMES.get(1), factorVae);
        out.put(NAMES.get(2), betaVae);
        out.put(NAMES.get(3), dciDisentanglement);
        return out;
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
