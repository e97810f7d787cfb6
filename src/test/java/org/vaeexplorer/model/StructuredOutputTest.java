package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.estimators.ConditionalLikelihood;
import org.vaeexplorer.model.graph.GraphNames;

/** The structured-output CVAE's graph: its KL, its masking, and its likelihood estimators, on tiny models. */
class StructuredOutputTest {
    static ModelSpec tiny(int latent) {
        return ModelSpecBuilder.of(ModelKind.SCVAE).images(4, 4, 3).hidden(List.of(6, 5)).latent(latent).build();
    }

    /** Weights large enough that the prior and posterior differ visibly. */
    static VaeModel model(ModelSpec spec, long seed) {
        VaeModel m = VaeModel.create(spec, seed, 1e-3, DataType.DOUBLE);
        SplittableRandom r = new SplittableRandom(seed);
        for (var v : m.graph().variables()) {
            if (v.getVariableType() == org.nd4j.autodiff.samediff.VariableType.VARIABLE) {
                INDArray a = m.graph().getArrForVarName(v.name());
                for (long i = 0; i < a.length(); i++) {
                    a.putScalar(i, a.getDouble(i) * 2 + r.nextDouble(-0.2, 0.2));
                }
            }
        }
        return m;
    }

    static Map<String, INDArray> feed(VaeModel m, float[] images, int n, int set, NoiseSource noise) {
        ModelSpec spec = m.spec();
        float[] mask = new float[n * spec.pixels()];
        for (int i = 0; i < n; i++) {
            QuadrantMask.fill(mask, i * spec.pixels(), set, spec.rows(), spec.cols());
        }
        float[] eps = new float[n * spec.latentDim()];
        float[] epsPrior = new float[n * spec.latentDim()];
        noise.fillNormal(eps);
        noise.fillNormal(epsPrior);
        Map<String, INDArray> feed = new LinkedHashMap<>();
        feed.put(GraphNames.X, m.matrix(images, n));
        feed.put(GraphNames.MASK, m.matrix(mask, n));
        feed.put(GraphNames.EPS, m.matrix(eps, n));
        feed.put(GraphNames.EPS_PRIOR, m.matrix(epsPrior, n));
        return feed;
    }

    @Test
    void gaussianToGaussianKlMatchesTheMonteCarloAverageOfLogQMinusLogPrior() {
        ModelSpec spec = tiny(3);
        VaeModel m = model(spec, 11);
        int draws = 40_000;
        Batch many = TinyModels.repeated(TinyModels.batch(spec, 1, 5), draws);
        Map<String, INDArray> out = m.output(feed(m, many.pixels(), draws, QuadrantMask.pyro(2),
                NoiseSource.seeded(3)), GraphNames.KL_CONT, GraphNames.KL_MC, GraphNames.PRIOR_MU, GraphNames.MU);
        double analytic = out.get(GraphNames.KL_CONT).getDouble(0);
        double[] mc = out.get(GraphNames.KL_MC).toDoubleVector();
        double mean = 0;
        double sq = 0;
        for (double v : mc) {
            mean += v / draws;
            sq += v * v / draws;
        }
        double stdErr = Math.sqrt((sq - mean * mean) / draws);
        assertTrue(analytic > 0.05, "prior and posterior too alike to test the KL: " + analytic);
        assertNotEquals(out.get(GraphNames.PRIOR_MU).getDouble(0), out.get(GraphNames.MU).getDouble(0));
        assertEquals(analytic, mean, 4 * stdErr + 1e-6, "analytic " + analytic + " vs MC " + mean + " +- " + stdErr);
    }

    /** For each of the 15 masks, each likelihood the graph reports is the cross-entropy over the missing pixels. */
    @Test
    void onlyTheMissingPixelsEnterTheLikelihoodsForEveryMask() {
        ModelSpec spec = tiny(2);
        // The initial weights: the larger ones of model() saturate a sigmoid to exactly 1 in this direct sum.
        VaeModel m = VaeModel.create(spec, 4, 1e-3, DataType.DOUBLE);
        int n = 3;
        float[] images = TinyModels.batch(spec, n, 9).pixels();
        for (int set = 0; set < QuadrantMask.NON_TRIVIAL; set++) {
            float[] mask = QuadrantMask.pixels(set, spec.rows(), spec.cols());
            Map<String, INDArray> out = m.output(feed(m, images, n, set, NoiseSource.seeded(set)),
                    GraphNames.RECON, GraphNames.X_MEAN, GraphNames.BASELINE_NLL, GraphNames.BASELINE_MEAN,
                    GraphNames.RECON_PRIOR, GraphNames.PRIOR_SAMPLE_MEAN);
            assertMaskedCrossEntropy(out.get(GraphNames.RECON), out.get(GraphNames.X_MEAN), images, mask, set);
            assertMaskedCrossEntropy(out.get(GraphNames.BASELINE_NLL), out.get(GraphNames.BASELINE_MEAN), images,
                    mask, set);
            assertMaskedCrossEntropy(out.get(GraphNames.RECON_PRIOR), out.get(GraphNames.PRIOR_SAMPLE_MEAN),
                    images, mask, set);
        }
    }

    private static void assertMaskedCrossEntropy(INDArray reported, INDArray means, float[] images, float[] mask,
                                                 int set) {
        int p = mask.length;
        int counted = 0;
        for (int i = 0; i < reported.length(); i++) {
            double expected = 0;
            for (int j = 0; j < p; j++) {
                if (mask[j] == 0f) {
                    double y = images[i * p + j];
                    double q = means.getDouble(i, j);
                    expected -= y * Math.log(q) + (1 - y) * Math.log(1 - q);
                    counted += i == 0 ? 1 : 0;
                }
            }
            // A given pixel would add at least 0.09 nats (targets are in 0.02..0.98); float rounding adds far less.
            assertEquals(expected, reported.getDouble(i), 1e-4, "mask " + set);
        }
        assertEquals(4 * (4 - Integer.bitCount(set)), counted, "missing pixels of mask " + set);
    }

    /**
     * With one latent dimension, p(y|x) = integral of p(y|x, z) p(z|x) dz is computed by quadrature through the
     * decoding entry, and both estimators must find it.
     */
    @Test
    void bothEstimatorsOfMinusLogPyGivenXEqualBruteForceIntegration() {
        ModelSpec spec = tiny(1);
        // The initial weights: q and the prior overlap, as after training, so 20,000 samples suffice.
        VaeModel m = VaeModel.create(spec, 7, 1e-3, DataType.DOUBLE);
        float[] image = TinyModels.batch(spec, 1, 3).pixels();
        int set = QuadrantMask.TOP_LEFT | QuadrantMask.BOTTOM_RIGHT;
        Map<String, INDArray> prior = m.output(feed(m, image, 1, set, NoiseSource.seeded(1)), GraphNames.PRIOR_MU,
                GraphNames.PRIOR_LOGVAR);
        double mu = prior.get(GraphNames.PRIOR_MU).getDouble(0);
        double sigma = Math.exp(prior.get(GraphNames.PRIOR_LOGVAR).getDouble(0) / 2);
        int steps = 4001;
        float[] z = new float[steps];
        double h = 20 * sigma / (steps - 1);
        for (int s = 0; s < steps; s++) {
            z[s] = (float) (mu - 10 * sigma + s * h);
        }
        float[] decoded = FlatCodes.decode(m, z, new float[0], new float[0], steps);
        float[] mask = QuadrantMask.pixels(set, 4, 4);
        double integral = 0;
        for (int s = 0; s < steps; s++) {
            double logLik = 0;
            for (int j = 0; j < 16; j++) {
                if (mask[j] == 0f) {
                    double q = decoded[s * 16 + j];
                    logLik += image[j] * Math.log(q) + (1 - image[j]) * Math.log(1 - q);
                }
            }
            double density = Math.exp(-0.5 * Math.pow((z[s] - mu) / sigma, 2)) / (sigma * Math.sqrt(2 * Math.PI));
            integral += Math.exp(logLik) * density * h;
        }
        double bruteForce = -Math.log(integral);

        // 20,000 samples of the one image: 2,000 copies in a batch, 10 passes, pooled into one estimate each.
        int copies = 2000;
        int passes = 10;
        Batch replicas = TinyModels.repeated(new Batch(image, 1, new int[1]), copies);
        Map<String, INDArray> inputs = ConditionalLikelihood.inputs(m, replicas.pixels(), copies, set);
        double[][] logW = new double[1][];
        double[][] logLik = new double[1][];
        logW[0] = new double[copies * passes];
        logLik[0] = new double[copies * passes];
        NoiseSource noise = NoiseSource.seeded(2);
        double nelbo = 0;
        for (int k = 0; k < passes; k++) {
            ConditionalLikelihood.Pass pass = ConditionalLikelihood.pass(m, inputs, copies, noise);
            System.arraycopy(pass.logW(), 0, logW[0], k * copies, copies);
            System.arraycopy(pass.logLik(), 0, logLik[0], k * copies, copies);
            for (double v : pass.nelbo()) {
                nelbo += v / (copies * passes);
            }
        }
        double importance = ConditionalLikelihood.negativeLogMeanExp(transpose(logW[0]), copies * passes, 1)[0];
        double fromPrior = ConditionalLikelihood.negativeLogMeanExp(transpose(logLik[0]), copies * passes, 1)[0];
        assertEquals(bruteForce, importance, 0.01, "importance sampling");
        assertEquals(bruteForce, fromPrior, 0.01, "prior sampling");
        assertTrue(nelbo > bruteForce, "the NELBO " + nelbo + " bounds -log p(y|x) = " + bruteForce + " from above");
        // The estimate() path agrees with the pooled one within its own smaller sample's error.
        var e = ConditionalLikelihood.estimate(m, image, 1, set, 10, 400, NoiseSource.seeded(5));
        assertEquals(bruteForce, e.importance()[0], 0.1);
    }

    /** One column per sample, as negativeLogMeanExp reads them ([sample][image]). */
    private static double[][] transpose(double[] values) {
        double[][] out = new double[values.length][1];
        for (int s = 0; s < values.length; s++) {
            out[s][0] = values[s];
        }
        return out;
    }

    /** The objective is the baseline's loss plus Sohn's hybrid of the CVAE and GSNN terms, and it trains. */
    @Test
    void theLossIsTheBaselinePlusTheHybridObjective() {
        for (double w : new double[] {0, 0.4}) {
            ModelSpec spec = ModelSpecBuilder.of(ModelKind.SCVAE).images(4, 4, 3).hidden(List.of(6)).latent(2)
                    .structured(new StructuredOutput(0, w)).build();
            VaeModel m = VaeModel.create(spec, 2, 1e-2, DataType.DOUBLE);
            Batch batch = TinyModels.batch(spec, 8, 4);
            Schedules none = new Schedules(Double.NaN, 0, 0);
            Map<String, float[]> out = m.outputs(batch, NoiseSource.seeded(6), none, false, GraphNames.LOSS,
                    GraphNames.BASELINE_NLL, GraphNames.RECON, GraphNames.KL_CONT, GraphNames.RECON_PRIOR);
            double expected = 0;
            for (int i = 0; i < 8; i++) {
                expected += (out.get(GraphNames.BASELINE_NLL)[i] + (1 - w) * (out.get(GraphNames.RECON)[i]
                        + out.get(GraphNames.KL_CONT)[i]) + w * out.get(GraphNames.RECON_PRIOR)[i]) / 8;
            }
            assertEquals(expected, out.get(GraphNames.LOSS)[0], 1e-4, "w = " + w);
            double first = m.fit(batch, NoiseSource.seeded(1), none).objective();
            for (int step = 0; step < 10; step++) {
                m.fit(batch, NoiseSource.seeded(1), none);
            }
            assertTrue(m.fit(batch, NoiseSource.seeded(1), none).objective() < first, "w = " + w + " trains");
        }
    }

    @Test
    void aFixedMaskSettingFeedsPyrosMaskAndRandomMasksCoverAllFifteen() {
        ModelSpec fixed = ModelSpecBuilder.of(ModelKind.SCVAE).images(4, 4, 3).hidden(List.of(4)).latent(2)
                .structured(new StructuredOutput(1, 0)).build();
        float[] m = QuadrantMask.forBatch(fixed, 2, NoiseSource.seeded(1));
        float[] bottomLeft = QuadrantMask.pixels(QuadrantMask.BOTTOM_LEFT, 4, 4);
        for (int j = 0; j < 32; j++) {
            assertEquals(bottomLeft[j % 16], m[j]);
        }
        ModelSpec random = tiny(2);
        float[] many = QuadrantMask.forBatch(random, 600, NoiseSource.seeded(2));
        boolean[] seen = new boolean[16];
        for (int i = 0; i < 600; i++) {
            int set = 0;
            set |= many[i * 16] == 1f ? QuadrantMask.TOP_LEFT : 0;
            set |= many[i * 16 + 3] == 1f ? QuadrantMask.TOP_RIGHT : 0;
            set |= many[i * 16 + 12] == 1f ? QuadrantMask.BOTTOM_LEFT : 0;
            set |= many[i * 16 + 15] == 1f ? QuadrantMask.BOTTOM_RIGHT : 0;
            seen[set] = true;
        }
        for (int set = 0; set < 15; set++) {
            assertTrue(seen[set], "mask " + set + " never drawn");
        }
        assertTrue(!seen[15], "all four given leaves nothing to learn");
    }
}
