package org.vaeexplorer.explore;

/**
 * What one latent captures, read from a {@link FactorCodes} row: one factor, a mix, or nothing.
 *
 * <p>The plug-in MI of 20 bins against a factor of K values is biased upwards even for an independent latent (by
 * about (20 - 1)(K - 1) / (2n) nats, Miller 1955: on sprites-small's 500 test images up to 0.29 nats for a 16-valued
 * position, a tenth of its entropy). Each cell's score is therefore its MI less its measured chance level
 * ({@link FactorCodes#chance()}), over the factor's entropy.
 * A latent is {@link Kind#UNUSED} when its best score is under {@link #UNUSED_SHARE} (it removes less than 5% of any
 * factor's uncertainty beyond chance), {@link Kind#MIXED} when the runner-up is within {@link #MIXED_RATIO} of the
 * best (within 20%: no one factor dominates), else it is named after its best factor.
 *
 * @param factor the factor captured most (-1 when unused)
 * @param second the runner-up factor (-1 when there is none)
 */
public record LatentRole(Kind kind, int factor, int second, double score) {
    public static final double UNUSED_SHARE = 0.05;
    public static final double MIXED_RATIO = 0.8;

    public enum Kind { FACTOR, MIXED, UNUSED }

    /** Latent {@code j}'s role in {@code codes}. */
    public static LatentRole of(FactorCodes codes, int j) {
        int best = -1;
        int second = -1;
        double[] score = new double[codes.factorCount()];
        for (int k = 0; k < score.length; k++) {
            double h = codes.entropy()[k];
            score[k] = h > 0 ? Math.max(0, codes.mi()[j][k] - codes.chance()[j][k]) / h : 0;
            if (best < 0 || score[k] > score[best]) {
                second = best;
                best = k;
            } else if (second < 0 || score[k] > score[second]) {
                second = k;
            }
        }
        if (best < 0 || score[best] < UNUSED_SHARE) {
            return new LatentRole(Kind.UNUSED, -1, -1, best < 0 ? 0 : score[best]);
        }
        if (second >= 0 && score[second] >= MIXED_RATIO * score[best]) {
            return new LatentRole(Kind.MIXED, best, second, score[best]);
        }
        return new LatentRole(Kind.FACTOR, best, second, score[best]);
    }
}
