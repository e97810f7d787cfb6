package org.vaeexplorer.newkind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.ModelGraphs;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.TinyModels;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.graph.GraphNames;
import org.vaeexplorer.model.objective.TotalCorrelation;

/**
 * beta-TCVAE's graph loss is the ELBO plus (beta - 1) times the minibatch TC estimate, the estimate is the one
 * {@link TotalCorrelation} computes in double, and the kind trains, is saved, reopened and decodes.
 */
class BetaTcVaeTest {
    private static final Schedules NONE = new Schedules(Double.NaN, 0, 0);
    private static final ModelKind KIND = ModelKind.named("beta-tcvae");
    @TempDir
    Path dir;

    private static Map<String, float[]> outputs(double beta, boolean useMeans) {
        ModelSpec spec = ModelSpecBuilder.of(KIND).images(2, 3, 3).hidden(List.of(5)).latent(3)
                .objective(Objective.beta(beta)).build();
        VaeModel model = VaeModel.create(spec, 11, 1e-3, DataType.DOUBLE);
        Batch batch = TinyModels.batch(spec, 8, 5);
        return ModelGraphs.outputs(model, batch, NoiseSource.seeded(3), NONE, useMeans, GraphNames.LOSS,
                GraphNames.RECON, GraphNames.KL_CONT, GraphNames.MU, GraphNames.LOGVAR, TotalCorrelation.NAME);
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** beta = 1 is the ELBO for the same batch and noise; beta = 4 adds 3 TC. Double graph: 1e-9 is rounding. */
    @Test
    void theLossIsTheElboPlusBetaMinusOneTimesTheTotalCorrelation() {
        for (double beta : new double[] {1, 4}) {
            Map<String, float[]> out = outputs(beta, false);
            double elbo = mean(out.get(GraphNames.RECON)) + mean(out.get(GraphNames.KL_CONT));
            double tc = mean(out.get(TotalCorrelation.NAME));
            assertEquals(elbo + (beta - 1) * tc, out.get(GraphNames.LOSS)[0], 1e-5 * Math.abs(elbo), "beta " + beta);
            if (beta != 1) {
                assertTrue(Math.abs((beta - 1) * tc) > 1e-3, "the test tells beta apart: TC " + tc);
            }
        }
    }

    /** With the means as codes (z = mu) the graph's estimate is the double one's from the same mu and log sigma^2. */
    @Test
    void theGraphsEstimateIsTheReferenceOne() {
        Map<String, float[]> out = outputs(4, true);
        double[][] mu = rows(out.get(GraphNames.MU), 3);
        double[][] logVar = rows(out.get(GraphNames.LOGVAR), 3);
        double[] expected = TotalCorrelation.perImage(mu, mu, logVar);
        float[] tc = out.get(TotalCorrelation.NAME);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], tc[i], 1e-4, "image " + i);
        }
    }

    private static double[][] rows(float[] flat, int width) {
        double[][] r = new double[flat.length / width][width];
        for (int i = 0; i < flat.length; i++) {
            r[i / width][i % width] = flat[i];
        }
        return r;
    }

    @Test
    void itTrainsIsSavedReopenedAndDecodes() throws Exception {
        KindRoundTrip trip = KindRoundTrip.of(KIND, dir.resolve("tc.vaex"));
        double loss = trip.state().history().get(0).trainObjective();
        assertTrue(Double.isFinite(loss) && loss > 0, "train loss " + loss);
    }
}
