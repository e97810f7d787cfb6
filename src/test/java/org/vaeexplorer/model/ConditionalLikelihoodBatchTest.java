package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.model.estimators.ConditionalLikelihood;
import org.vaeexplorer.model.estimators.ConditionalLikelihood.Estimates;
import org.vaeexplorer.model.estimators.ConditionalLikelihood.SampleCounts;
import org.vaeexplorer.model.estimators.StageTimes;
import org.vaeexplorer.training.TrainingFixtures;

/**
 * The batched estimate of -log p(y|x) ({@link ConditionalLikelihood#estimate}: the generation net on all particles
 * at once, on the missing pixels' columns) against the graph, one whole pass per particle ({@link
 * ConditionalLikelihood#pass}), with the same seed and so the same particles: the four estimates agree to 1e-5
 * relative, and the comparison is sharp enough to notice any one term left out.
 */
class ConditionalLikelihoodBatchTest {
    private static final double TOLERANCE = 1e-5;

    /** The terms of the estimates, any of which the reference can leave out. */
    enum Term { RECON, KL_MC, KL, RECON_PRIOR, BASELINE }

    @Test
    void theShippedModelsBatchedEstimatesAreTheGraphPassesOnTestDigits() throws Exception {
        Checkpoint c = new CheckpointStore().load(Path.of("models", "mnist-scvae.vaex"));
        ImageDataset test = TrainingFixtures.mnist().test();
        int n = 12;
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = i;
        }
        float[] images = test.batch(first, c.manifest().training().scaling());
        for (int count = 1; count <= 3; count++) {
            int set = QuadrantMask.pyro(count);
            // More particles than samples, and fewer; fewer prior samples, and more: each longest count sets the
            // passes, and the others take the first of them.
            for (int[] pks : new int[][] {{4, 9, 2}, {7, 3, 11}}) {
                assertSameAndSharp(c.model(), images, n, set, new SampleCounts(pks[0], pks[1], pks[2]),
                        10L * count + pks[0]);
            }
        }
    }

    /** A deeper generation net (two hidden layers of other widths), a 3-D z, 4x4 images, double precision. */
    @Test
    void aTinyModelsBatchedEstimatesAreItsGraphPassesForEveryMask() {
        ModelSpec spec = StructuredOutputTest.tiny(3);
        VaeModel m = StructuredOutputTest.model(spec, 5);
        int n = 6;
        float[] images = TinyModels.batch(spec, n, 8).pixels();
        for (int set = 0; set < QuadrantMask.NON_TRIVIAL; set++) {
            assertSameAndSharp(m, images, n, set, new SampleCounts(5, 8, 8), set);
        }
    }

    private static void assertSameAndSharp(VaeModel model, float[] images, int n, int set, SampleCounts counts,
                                           long seed) {
        Estimates batched = ConditionalLikelihood.estimate(model, images, n, set, counts, NoiseSource.seeded(seed),
                new StageTimes());
        Estimates graph = byGraphPasses(model, images, n, set, counts, NoiseSource.seeded(seed),
                EnumSet.noneOf(Term.class));
        String what = "mask " + set + ", " + counts;
        double gap = gap(batched, graph);
        assertTrue(gap <= TOLERANCE, what + ": batched and graph differ by " + gap + " relative");
        for (Term dropped : Term.values()) {
            double without = gap(batched, byGraphPasses(model, images, n, set, counts, NoiseSource.seeded(seed),
                    EnumSet.of(dropped)));
            assertTrue(without > 100 * TOLERANCE, what + ": leaving out " + dropped + " moves the estimates by only "
                    + without + " relative; the comparison could not see it");
        }
    }

    /**
     * ConditionalLikelihood.estimate as it was before the particles were batched: one graph pass per particle, every
     * net on every pass; {@code dropped} terms are left out of the estimates they enter.
     */
    static Estimates byGraphPasses(VaeModel model, float[] images, int n, int set, SampleCounts counts,
                                   NoiseSource noise, Set<Term> dropped) {
        Map<String, INDArray> feed = ConditionalLikelihood.inputs(model, images, n, set);
        int particles = counts.particles();
        double[] baseline = null;
        double[] nelbo = new double[n];
        double[][] logW = new double[counts.passes()][n];
        double[][] logLik = new double[counts.passes()][n];
        for (int s = 0; s < counts.passes(); s++) {
            ConditionalLikelihood.Pass pass = ConditionalLikelihood.pass(model, feed, n, noise);
            double[] recon = keep(pass.recon(), Term.RECON, dropped);
            double[] klMc = keep(pass.klMc(), Term.KL_MC, dropped);
            double[] kl = keep(pass.kl(), Term.KL, dropped);
            double[] reconPrior = keep(pass.reconPrior(), Term.RECON_PRIOR, dropped);
            baseline = keep(pass.baseline(), Term.BASELINE, dropped);
            for (int i = 0; i < n; i++) {
                nelbo[i] += s < particles ? (recon[i] + kl[i]) / particles : 0;
                logW[s][i] = -recon[i] - klMc[i];
                logLik[s][i] = -reconPrior[i];
            }
        }
        return new Estimates(baseline, nelbo, ConditionalLikelihood.negativeLogMeanExp(logW, counts.importance(), n),
                ConditionalLikelihood.negativeLogMeanExp(logLik, counts.prior(), n));
    }

    private static double[] keep(double[] term, Term which, Set<Term> dropped) {
        return dropped.contains(which) ? new double[term.length] : term;
    }

    /** The largest relative difference of any image's value in any of the four estimates. */
    private static double gap(Estimates a, Estimates b) {
        double largest = 0;
        double[][] as = {a.baseline(), a.nelbo(), a.importance(), a.prior()};
        double[][] bs = {b.baseline(), b.nelbo(), b.importance(), b.prior()};
        for (int e = 0; e < as.length; e++) {
            for (int i = 0; i < as[e].length; i++) {
                double scale = Math.max(Math.abs(bs[e][i]), 1e-3);
                largest = Math.max(largest, Math.abs(as[e][i] - bs[e][i]) / scale);
            }
        }
        return largest;
    }
}
