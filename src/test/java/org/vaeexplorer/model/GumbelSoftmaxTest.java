package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.graph.GraphNames;
import org.vaeexplorer.model.graph.VaeGraphBuilder;

class GumbelSoftmaxTest {
    /**
     * A category whose probability underflows float (logit gap above ~104) made ND4J's log_softmax -infinity and the
     * KL NaN; the graph's own log-softmax stays finite and exact, in float as the app trains.
     */
    @Test
    void aCategoryFarBelowTheOthersKeepsTheKlAndItsGradientFinite() {
        float[][] logits = {{0, -50, -120, -2000}, {1, 2, 3, 4}};
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.var("x", Nd4j.createFromArray(logits));
        SDVariable logAlpha = VaeGraphBuilder.logSoftmax(sd, x);
        SDVariable kl = sd.math().exp(logAlpha).mul(logAlpha).sum(1).add(Math.log(4)).sum();
        kl.markAsLoss();
        INDArray values = logAlpha.eval();
        for (int r = 0; r < logits.length; r++) {
            double shift = Double.NEGATIVE_INFINITY;
            for (float v : logits[r]) {
                shift = Math.max(shift, v);
            }
            double norm = 0;
            for (float v : logits[r]) {
                norm += Math.exp(v - shift);
            }
            for (int k = 0; k < 4; k++) {
                double expected = logits[r][k] - shift - Math.log(norm);
                assertEquals(expected, values.getDouble(r, k), 1e-5 * Math.max(1, Math.abs(expected)));
            }
        }
        assertTrue(Double.isFinite(kl.eval().getDouble(0)));
        INDArray grad = sd.calculateGradients(Map.of(), "x").get("x");
        for (double g : grad.ravel().toDoubleVector()) {
            assertTrue(Double.isFinite(g), "gradient " + grad);
        }
    }

    @Test
    void samplesLieOnTheSimplexAndApproachOneHotAsTemperatureFalls() {
        double[] temperatures = {5.0, 1.0, 0.3, 0.05, 0.01};
        double previousMeanMax = 0;
        for (double tau : temperatures) {
            ModelSpec spec = TinyModels.joint(tau);
            VaeModel model = VaeModel.create(spec, 3, 1e-3);
            float[] c = model.outputs(TinyModels.batch(spec, 400, 1), NoiseSource.seeded(2),
                    Schedules.at(spec, 0), false, GraphNames.CAT_SAMPLE).get(GraphNames.CAT_SAMPLE);
            double meanMax = 0;
            int rows = 400;
            for (int n = 0; n < rows; n++) {
                int offset = n * 7;
                for (int[] block : new int[][] {{0, 4}, {4, 3}}) {
                    double sum = 0;
                    double max = 0;
                    for (int k = 0; k < block[1]; k++) {
                        float v = c[offset + block[0] + k];
                        assertTrue(v >= 0 && v <= 1, "component outside [0,1]: " + v);
                        sum += v;
                        max = Math.max(max, v);
                    }
                    assertEquals(1.0, sum, 1e-4, "a relaxed sample must sum to 1");
                    meanMax += max / (2.0 * rows);
                }
            }
            assertTrue(meanMax > previousMeanMax, "at tau=" + tau + " the samples did not get closer to one-hot");
            previousMeanMax = meanMax;
        }
        assertTrue(previousMeanMax > 0.99, "at tau=0.01 samples should be nearly one-hot: " + previousMeanMax);
    }

    @Test
    void discreteKlIsZeroForUniformAndAtMostLogK() {
        ModelSpec spec = TinyModels.joint(0.5);
        VaeModel model = VaeModel.create(spec, 4, 1e-3);
        LossTerms t = model.evaluate(TinyModels.batch(spec, 50, 3), NoiseSource.seeded(1), Schedules.at(spec, 0),
                true);
        assertEquals(2, t.klPerCategorical().length);
        assertTrue(t.klPerCategorical()[0] >= 0 && t.klPerCategorical()[0] <= Math.log(4) + 1e-5);
        assertTrue(t.klPerCategorical()[1] >= 0 && t.klPerCategorical()[1] <= Math.log(3) + 1e-5);
    }
}
