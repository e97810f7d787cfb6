package org.vaeexplorer.cli;

import java.util.Locale;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.QuadrantMask;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.estimators.ConditionalLikelihood;

/**
 * {@code eval} of a structured-output CVAE: for Pyro's three fixed masks (1, 2, 3 quadrants given), the test-set
 * means per image, in nats summed over the missing pixels, of the baseline's -log p(y|x), the CVAE's NELBO with
 * {@code particles} posterior samples (like Pyro's "CVAE (Monte Carlo)" column), its -log p(y|x) by importance
 * sampling with q(z|x,y) (K = {@code samples}) and from {@code samples} prior samples.
 */
final class StructuredOutputEval {
    /** Images per graph call: with 784 pixels and four nets of 500 units, a few tens of MB. */
    private static final int BATCH = 500;

    private StructuredOutputEval() {
    }

    static void print(VaeModel model, ImageDataset test, PixelScaling scaling, int particles, int samples, long seed,
                      java.util.List<Integer> counts) {
        for (int count : counts) {
            int set = QuadrantMask.pyro(count);
            NoiseSource noise = NoiseSource.seeded(seed + count);
            double base = 0;
            double nelbo = 0;
            double importance = 0;
            double prior = 0;
            long started = System.nanoTime();
            for (int start = 0; start < test.size(); start += BATCH) {
                int n = Math.min(BATCH, test.size() - start);
                int[] idx = new int[n];
                for (int i = 0; i < n; i++) {
                    idx[i] = start + i;
                }
                var e = ConditionalLikelihood.estimate(model, test.batch(idx, scaling), n, set, particles, samples,
                        noise);
                for (int i = 0; i < n; i++) {
                    base += e.baseline()[i];
                    nelbo += e.nelbo()[i];
                    importance += e.importance()[i];
                    prior += e.prior()[i];
                }
            }
            int n = test.size();
            System.out.printf(Locale.ROOT, "baseline_ncll_q%d=%.3f%nnelbo_q%d=%.3f%nncll_q%d=%.3f%n"
                            + "ncll_prior_q%d=%.3f%nseconds_q%d=%.1f%n", count, base / n, count, nelbo / n, count,
                    importance / n, count, prior / n, count, (System.nanoTime() - started) / 1e9);
        }
        System.out.printf(Locale.ROOT, "images=%d%nparticles=%d%nsamples=%d%n", test.size(), particles, samples);
    }
}
