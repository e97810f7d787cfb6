package org.vaeexplorer.cli;

import java.util.Locale;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.QuadrantMask;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.estimators.ConditionalLikelihood;
import org.vaeexplorer.model.estimators.StageTimes;

/**
 * {@code eval} of a structured-output CVAE: for Pyro's three fixed masks (1, 2, 3 quadrants given), the test-set
 * means per image, in nats summed over the missing pixels, of the baseline's -log p(y|x), the CVAE's NELBO with
 * P posterior samples (like Pyro's "CVAE (Monte Carlo)" column), its -log p(y|x) by importance sampling with q(z|x,y)
 * (K samples) and from S prior samples ({@link ConditionalLikelihood.SampleCounts}). The estimators and their
 * sample counts are printed first ({@code estimator_*=}, {@code k=}), the figures per mask after, each mask with the
 * seconds it took and where they went ({@code seconds_qQ_STAGE=}, {@link StageTimes}).
 */
final class StructuredOutputEval {
    /** Images per estimate: with 784 pixels and four nets of 500 units, a few tens of MB. */
    private static final int BATCH = 500;
    /**
     * Images x passes per estimate: its noise (2 x latentDim floats per image and pass) is held until the batch is
     * done, 80 MB with Pyro's 200-D z. K = 100 keeps the 500 images of a batch.
     */
    private static final int IMAGE_PASSES = 50_000;

    private StructuredOutputEval() {
    }

    static void print(VaeModel model, ImageDataset test, PixelScaling scaling, ConditionalLikelihood.SampleCounts samples,
                      long seed, java.util.List<Integer> counts) {
        System.out.printf(Locale.ROOT, "images=%d%nparticles=%d%nsamples=%d%nk=%d%nprior_samples=%d%n", test.size(),
                samples.particles(), samples.importance(), samples.importance(), samples.prior());
        // Tokens, not sentences: what each column is, for whoever copies the figures into a table.
        System.out.printf(Locale.ROOT, "estimator_baseline_ncll=baseline_net_cross_entropy%n"
                + "estimator_nelbo=minus_elbo_q_analytic_kl_mean_of_particles%n"
                + "estimator_ncll=importance_sampling_q_k%nestimator_ncll_prior=prior_sampling_s%n"
                + "units=nats_per_image_summed_over_missing_pixels%n");
        long allStarted = System.nanoTime();
        for (int count : counts) {
            int set = QuadrantMask.pyro(count);
            NoiseSource noise = NoiseSource.seeded(seed + count);
            double base = 0;
            double nelbo = 0;
            double importance = 0;
            double prior = 0;
            long started = System.nanoTime();
            StageTimes times = new StageTimes();
            int batch = Math.max(1, Math.min(BATCH, IMAGE_PASSES / samples.passes()));
            for (int start = 0; start < test.size(); start += batch) {
                int n = Math.min(batch, test.size() - start);
                int[] idx = new int[n];
                for (int i = 0; i < n; i++) {
                    idx[i] = start + i;
                }
                var e = ConditionalLikelihood.estimate(model, test.batch(idx, scaling), n, set, samples, noise,
                        times);
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
            for (StageTimes.Stage stage : StageTimes.Stage.values()) {
                System.out.printf(Locale.ROOT, "seconds_q%d_%s=%.1f%n", count, stage.name().toLowerCase(Locale.ROOT),
                        times.seconds(stage));
            }
        }
        System.out.printf(Locale.ROOT, "seconds=%.1f%n", (System.nanoTime() - allStarted) / 1e9);
    }
}
