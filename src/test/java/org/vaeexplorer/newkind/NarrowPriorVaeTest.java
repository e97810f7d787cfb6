package org.vaeexplorer.newkind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.ModelGraphs;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.TinyModels;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * A kind that lives in the test source set ({@link NarrowPriorVae}) is made by name, trains, reports the KL against
 * its own prior, is saved and reopened, and decodes: the app's main code does not know it exists.
 */
class NarrowPriorVaeTest {
    private static final Schedules NONE = new Schedules(Double.NaN, 0, 0);
    @TempDir
    Path dir;

    @Test
    void theKindIsFoundByNameAfterTheBuiltInOnes() {
        ModelKind kind = ModelKind.named("narrow-prior-vae");
        assertSame(NarrowPriorVae.KIND, kind);
        assertInstanceOf(NarrowPriorVae.class, kind.family());
        assertEquals(kind, ModelKind.parse("NARROW_PRIOR_VAE").orElseThrow());
        List<ModelKind> all = List.of(ModelKind.values());
        assertEquals(List.of(ModelKind.VAE, ModelKind.CONV_VAE, ModelKind.CVAE, ModelKind.JOINT_VAE,
                ModelKind.BETA_VAE, ModelKind.SCVAE), all.subList(0, 6), "the built-in kinds keep their order");
        assertTrue(all.contains(kind), all.toString());
        assertSame(ModelKind.VAE, ModelKind.first());
        assertInstanceOf(NarrowPriorVae.Spec.class, kind.defaultSpec(28, 28, 10));
        // Draws from the prior (the training run's sample grids, Explore's "resample the rest") are scaled by s.
        assertEquals(NarrowPriorVae.PRIOR_SD, kind.defaultSpec(28, 28, 10).capabilities().priorScale(), 1e-12);
        assertEquals(1.0, ModelKind.VAE.defaultSpec(28, 28, 10).capabilities().priorScale());
    }

    /** KL(N(mu, sigma^2) || N(0, s^2)) per image, in double from the encoder's own mu and log sigma^2. */
    @Test
    void itsKlIsAgainstItsOwnPrior() {
        ModelSpec spec = ModelSpecBuilder.of(NarrowPriorVae.KIND).images(2, 3, 3).hidden(List.of(5)).latent(3)
                .build();
        VaeModel model = VaeModel.create(spec, 11, 1e-3, DataType.DOUBLE);
        Batch batch = TinyModels.batch(spec, 6, 5);
        Map<String, float[]> out = ModelGraphs.outputs(model, batch, NoiseSource.seeded(3), NONE, false, GraphNames.MU,
                GraphNames.LOGVAR, GraphNames.KL_CONT);
        double v = NarrowPriorVae.PRIOR_SD * NarrowPriorVae.PRIOR_SD;
        double[] handNarrow = new double[batch.size()];
        double[] handStandard = new double[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            for (int j = 0; j < 3; j++) {
                double mu = out.get(GraphNames.MU)[i * 3 + j];
                double logVar = out.get(GraphNames.LOGVAR)[i * 3 + j];
                handNarrow[i] += 0.5 * (Math.exp(logVar) / v + mu * mu / v - 1 - logVar + Math.log(v));
                handStandard[i] += 0.5 * (Math.exp(logVar) + mu * mu - 1 - logVar);
            }
        }
        float[] kl = out.get(GraphNames.KL_CONT);
        for (int i = 0; i < batch.size(); i++) {
            assertEquals(handNarrow[i], kl[i], 1e-5, "image " + i);
            assertTrue(Math.abs(handNarrow[i] - handStandard[i]) > 0.1,
                    "the test tells the priors apart: " + handNarrow[i] + " vs " + handStandard[i]);
        }
    }

    /** The single-sample estimate log q(z|x) - log p(z) the importance-weighted bound reads averages to the KL. */
    @Test
    void itsMonteCarloKlAveragesToTheAnalyticOne() {
        ModelSpec spec = ModelSpecBuilder.of(NarrowPriorVae.KIND).images(2, 3, 3).hidden(List.of(5)).latent(3)
                .build();
        VaeModel model = VaeModel.create(spec, 11, 1e-3, DataType.DOUBLE);
        int draws = 40_000;
        Map<String, float[]> out = ModelGraphs.outputs(model, TinyModels.repeated(TinyModels.batch(spec, 1, 5), draws),
                NoiseSource.seeded(3), NONE, false, GraphNames.KL_CONT, GraphNames.KL_MC);
        double[] mc = new double[draws];
        for (int i = 0; i < draws; i++) {
            mc[i] = out.get(GraphNames.KL_MC)[i];
        }
        double mean = Arrays.stream(mc).average().orElseThrow();
        double var = Arrays.stream(mc).map(x -> (x - mean) * (x - mean)).sum() / draws;
        double analytic = out.get(GraphNames.KL_CONT)[0];
        assertEquals(analytic, mean, 4 * Math.sqrt(var / draws) + 1e-6);
    }

    @Test
    void itTrainsIsSavedReopenedAndDecodes() throws Exception {
        KindRoundTrip trip = KindRoundTrip.of(ModelKind.named("narrow-prior-vae"), dir.resolve("narrow.vaex"));
        double kl = trip.state().history().get(0).testKl();
        assertTrue(Double.isFinite(kl) && kl > 0, "test KL " + kl);
        try (ZipFile zip = new ZipFile(trip.file().toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(manifest.contains("\"NARROW_PRIOR_VAE\""), manifest);
        }
        float[] before = trip.decodedBefore();
        assertTrue(before[0] != before[400], "decoded images have structure");
    }
}
