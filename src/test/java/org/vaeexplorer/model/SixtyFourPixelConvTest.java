package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.decoding.DecoderPath;
import org.vaeexplorer.model.graph.GraphFamily;

/**
 * 64-pixel images (issue 31): a new conv model gains one stride-2 stage in its encoder and decoder (the conv net's
 * {@code enc_conv3} and {@code dec_deconv0}, Dupont's {@code enc_conv1b} and {@code dec_deconv0}), a colour one
 * trains, saves, reopens and decodes the graph's images through the fast decoder, and a 64-pixel model made before
 * (no extra stage recorded) is built as it was.
 */
class SixtyFourPixelConvTest {
    private static Set<String> weights(ModelSpec spec) {
        SameDiff sd = GraphFamily.of(spec).build(spec, 1, DataType.FLOAT);
        return sd.variables().stream().filter(v -> v.getVariableType() == VariableType.VARIABLE)
                .map(v -> v.name()).collect(Collectors.toSet());
    }

    @Test
    void aColourConvVaeAt64PixelsGainsAStageTrainsSavesReopensAndDecodesTheGraphsImagesThroughTheFastDecoder()
            throws Exception {
        ModelSpec spec = ModelSpecBuilder.of(ModelKind.CONV_VAE).images(64, 64, 3, 5).latent(4).build();
        assertEquals(1, spec.extraStages());
        Set<String> names = weights(spec);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("enc_conv3")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("deconv0")), names.toString());
        VaeModel model = VaeModel.create(spec, 11, 1e-3);
        Batch batch = TinyModels.batch(spec, 6, 2);
        double first = Double.NaN;
        double last = Double.NaN;
        for (int step = 0; step < 4; step++) {
            LossTerms terms = model.fit(batch, NoiseSource.seeded(3), Schedules.at(spec, step));
            first = step == 0 ? terms.objective() : first;
            last = terms.objective();
        }
        assertTrue(Double.isFinite(last) && last < first, "the loss falls, " + first + " -> " + last);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        model.save(saved);
        VaeModel reopened = VaeModel.load(spec, saved.toByteArray());
        assertNotNull(DecoderPath.of(spec, DataType.FLOAT), "the explorer's fast decoder covers the 64-pixel net");
        assertEquals(64 * 64 * 3 * 3L, reopened.reconstruct(TinyModels.batch(spec, 3, 4)).length);
        DecoderImages.assertSameImages(reopened, 4);
    }

    @Test
    void aColourConvVaeAt32PixelsKeepsItsTwoStagesAndDecodesTheGraphsImagesThroughTheFastDecoder() throws Exception {
        ModelSpec spec = ModelSpecBuilder.of(ModelKind.CONV_VAE).images(32, 32, 3, 5).latent(4).build();
        assertEquals(0, spec.extraStages());
        assertFalse(weights(spec).stream().anyMatch(n -> n.startsWith("enc_conv3")));
        VaeModel model = VaeModel.create(spec, 11, 1e-3);
        model.fit(TinyModels.batch(spec, 6, 2), NoiseSource.seeded(3), Schedules.at(spec, 0));
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        model.save(saved);
        assertNotNull(DecoderPath.of(spec, DataType.FLOAT));
        DecoderImages.assertSameImages(VaeModel.load(spec, saved.toByteArray()), 4);
    }

    @Test
    void dupontsNetAt64PixelsGainsTheLayersOfHisOwnCodeAndDecodesLikeItsGraph() {
        ModelSpec spec = ModelSpecBuilder.of(ModelKind.JOINT_VAE).backbone(Backbone.DUPONT).images(64, 64, 3, 10)
                .latent(3).categories(List.of(4)).build();
        assertEquals(1, spec.extraStages());
        Set<String> names = weights(spec);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("enc_conv1b")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("deconv0")), names.toString());
        assertNotNull(DecoderPath.of(spec, DataType.FLOAT));
        DecoderImages.assertSameImages(spec, 4);
    }

    @Test
    void theExtraStageKeepsTheFeaturesAsSmallAsAt32PixelsAndModelSizeCountsTheGraph() {
        for (Backbone b : List.of(Backbone.CONV, Backbone.DUPONT)) {
            ModelSpec at32 = ModelSpecBuilder.of(ModelKind.VAE).backbone(b).images(32, 32, 3, 5).latent(2).build();
            ModelSpec at64 = ModelSpecBuilder.of(ModelKind.VAE).backbone(b).images(64, 64, 3, 5).latent(2).build();
            assertEquals(0, at32.extraStages(), "32 pixels need no extra stage");
            SameDiff sd = GraphFamily.of(at64).build(at64, 1, DataType.FLOAT);
            long built = sd.variables().stream().filter(v -> v.getVariableType() == VariableType.VARIABLE)
                    .mapToLong(v -> sd.getArrForVarName(v.name()).length()).sum();
            assertEquals(built, ModelSize.parameters(at64), b.toString());
            // The latent heads read the features: as many at 64 pixels as at 32 (7x7x64 conv, 4x4x64 Dupont),
            // where without the stage they would be 15x15x64 and 8x8x64.
            long headsAt32 = ModelSize.parameters(at32);
            assertTrue(ModelSize.parameters(at64) < 2 * headsAt32, b + ": " + ModelSize.parameters(at64) + " vs "
                    + headsAt32);
        }
    }

    @Test
    void a64PixelModelMadeBeforeTheExtraStageIsBuiltAsItWas() {
        ModelSpec old = ModelSpec.of(ModelKind.CONV_VAE, Backbone.CONV, List.of(), 2, List.of(),
                Likelihood.BERNOULLI, 1, KlEstimator.ANALYTIC, false, 3, 64, 64, 1, Objective.elbo(), null, null);
        assertEquals(0, old.extraStages());
        Set<String> names = weights(old);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("enc_conv3") || n.contains("deconv0")),
                names.toString());
        DecoderImages.assertSameImages(old, 3);
    }
}
