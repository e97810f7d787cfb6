package org.vaeexplorer.explore.overview;

/**
 * The settings of a t-SNE run, with the published defaults: perplexity 30, theta 0.5 and 1,000 iterations, the first
 * 250 with the similarities exaggerated 12 times and momentum 0.5, then momentum 0.8 (van der Maaten 2014, section
 * 5; the exaggeration of 12 as in his bhtsne code). The learning rate is n / 12 but at least 50 (Belkina et al.
 * 2019, "Automated optimized parameters for t-SNE", as scikit-learn's "auto"): a fixed 200 leaves 10,000 points
 * barely moved after the exaggeration.
 *
 * @param perplexity the effective number of neighbours u each point's similarities spread over
 * @param theta      the Barnes-Hut accuracy: 0 is exact, larger is faster and coarser
 * @param seed       the initial embedding's random seed, so a run can be repeated
 */
public record TsneSettings(double perplexity, double theta, int iterations, int exaggerationIterations,
                           double exaggeration, long seed) {
    public static final TsneSettings PAPER = new TsneSettings(30, 0.5, 1000, 250, 12, 1);

    public TsneSettings {
        if (!(perplexity >= 1) || !(theta >= 0) || iterations < 1 || exaggerationIterations < 0
                || !(exaggeration >= 1)) {
            throw new IllegalArgumentException("not a t-SNE setting: perplexity " + perplexity + ", theta " + theta
                    + ", " + iterations + " iterations");
        }
    }

    /** The perplexity a set of {@code n} points can carry: at most (n - 1) / 3 neighbours are used. */
    double perplexityFor(int n) {
        return Math.min(perplexity, (n - 1) / 3.0);
    }

    double learningRate(int n) {
        return Math.max(n / exaggeration / 4, 50);
    }

    /** These settings with another number of iterations (tests run short ones). */
    public TsneSettings withIterations(int total, int exaggerated) {
        return new TsneSettings(perplexity, theta, total, exaggerated, exaggeration, seed);
    }

    /** A short text that names the settings, for a cache key. */
    String key() {
        return String.format(java.util.Locale.ROOT, "p%.1f-t%.2f-i%d-e%d-x%.1f-s%d", perplexity, theta, iterations,
                exaggerationIterations, exaggeration, seed);
    }
}
