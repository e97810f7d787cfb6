package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GumbelSoftmaxTest {
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
