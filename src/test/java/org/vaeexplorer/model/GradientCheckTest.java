package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * Central finite differences of the loss against SameDiff's gradients, in double precision, on a tiny net with
 * fixed noise. Guards in particular against the fused sigmoid cross-entropy of ND4J 1.0.0-M2.1 whose gradient is
 * wrong once reduced further (DL4J issue 9026).
 */
class GradientCheckTest {
    @ParameterizedTest
    @EnumSource(value = Likelihood.class, names = {"BERNOULLI", "GAUSSIAN_FIXED", "GAUSSIAN_LEARNED"})
    void gradientsMatchFiniteDifferences(Likelihood likelihood) {
        ModelSpec spec = TinyModels.mlp(likelihood, 2, 2, 2);
        VaeModel model = VaeModel.create(spec, 21, 1e-3, DataType.DOUBLE);
        Map<String, INDArray> feed = model.feed(TinyModels.batch(spec, 3, 9), NoiseSource.seeded(4),
                new Schedules(Double.NaN, 0, 0), false);
        SameDiff sd = model.graph();
        int checked = 0;
        double worst = 0;
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() != VariableType.VARIABLE) {
                continue;
            }
            INDArray analytic = sd.calculateGradients(feed, v.name()).get(v.name());
            INDArray param = v.getArr();
            for (int i = 0; i < param.length(); i++) {
                FiniteDifferences.Check c = FiniteDifferences.check(sd, feed, param, i, analytic.getDouble(i));
                worst = Math.max(worst, c.error());
                assertTrue(c.error() < 1e-5, v.name() + "[" + i + "]: " + c);
                checked++;
            }
        }
        assertTrue(checked > 50, "too few parameters checked: " + checked);
        assertTrue(worst < 1e-5);
    }

    @ParameterizedTest
    @EnumSource(value = Likelihood.class, names = {"BERNOULLI", "GAUSSIAN_FIXED"})
    void reconstructionTermEqualsTheLikelihoodWrittenOut(Likelihood likelihood) {
        ModelSpec spec = TinyModels.mlp(likelihood, 2, 2, 2);
        VaeModel model = VaeModel.create(spec, 5, 1e-3, DataType.DOUBLE);
        Batch batch = TinyModels.batch(spec, 4, 2);
        Map<String, float[]> out = model.outputs(batch, NoiseSource.seeded(8), new Schedules(Double.NaN, 0, 0),
                false, GraphNames.RECON, GraphNames.X_MEAN);
        float[] m = out.get(GraphNames.X_MEAN);
        for (int n = 0; n < 4; n++) {
            double expected = 0;
            for (int p = 0; p < 4; p++) {
                double x = batch.pixels()[n * 4 + p];
                double mean = m[n * 4 + p];
                expected += likelihood == Likelihood.BERNOULLI
                        ? -(x * Math.log(mean) + (1 - x) * Math.log(1 - mean))
                        : (x - mean) * (x - mean) / (2 * 0.09) + 0.5 * Math.log(2 * Math.PI * 0.09);
            }
            assertEquals(expected, out.get(GraphNames.RECON)[n], 1e-4);
        }
    }

}
