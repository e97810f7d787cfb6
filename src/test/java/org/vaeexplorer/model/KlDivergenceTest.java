package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.graph.GraphNames;

class KlDivergenceTest {
    @Test
    void analyticKlMatchesTheMonteCarloAverageOfLogQMinusLogP() {
        ModelSpec spec = TinyModels.mlp(Likelihood.BERNOULLI, 3, 2, 3);
        VaeModel model = VaeModel.create(spec, 11, 1e-3, DataType.DOUBLE);
        Batch one = TinyModels.batch(spec, 1, 5);
        int draws = 40_000;
        Map<String, float[]> out = model.outputs(TinyModels.repeated(one, draws), NoiseSource.seeded(3),
                new Schedules(Double.NaN, 0, 0), false, GraphNames.KL_CONT, GraphNames.KL_MC);
        double analytic = out.get(GraphNames.KL_CONT)[0];
        double sum = 0;
        double sumSq = 0;
        for (float v : out.get(GraphNames.KL_MC)) {
            sum += v;
            sumSq += (double) v * v;
        }
        double mean = sum / draws;
        double stdErr = Math.sqrt((sumSq / draws - mean * mean) / draws);
        assertTrue(analytic > 0.01, "weights too small to make a meaningful KL: " + analytic);
        assertEquals(analytic, mean, 4 * stdErr + 1e-6,
                "analytic " + analytic + " vs Monte-Carlo " + mean + " +- " + stdErr);
    }

    @Test
    void perDimensionKlSumsToTheTotalAndIsNonNegative() {
        ModelSpec spec = TinyModels.mlp(Likelihood.BERNOULLI, 4, 2, 3);
        VaeModel model = VaeModel.create(spec, 2, 1e-3);
        LossTerms t = model.evaluate(TinyModels.batch(spec, 16, 1), NoiseSource.seeded(1),
                new Schedules(Double.NaN, 0, 0), false);
        double sum = 0;
        for (float v : t.klPerDim()) {
            assertTrue(v >= 0, "KL of a dimension is negative: " + v);
            sum += v;
        }
        assertEquals(4, t.klPerDim().length);
        assertEquals(t.klContinuous(), sum, 1e-5);
    }
}
