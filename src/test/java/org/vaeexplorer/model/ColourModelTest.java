package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.graph.GraphFamily;

/**
 * Colour models (issue 31): images of C channels, channel-planar, go into the MLP as rows x cols x C values and into
 * the conv nets as C input channels, and come out as C planes; a colour model trains, saves, reopens and decodes
 * through the fast decoder the graph's own images, and its size is counted from the same description.
 */
class ColourModelTest {
    private static List<ModelSpec> colourSpecs() {
        return List.of(
                ModelSpecBuilder.of(ModelKind.CONV_VAE).images(28, 28, 3, 10).latent(2).build(),
                ModelSpecBuilder.of(ModelKind.CVAE).backbone(Backbone.CONV).images(12, 16, 3, 3).latent(3).build(),
                ModelSpecBuilder.of(ModelKind.JOINT_VAE).backbone(Backbone.DUPONT).images(20, 26, 3, 10).latent(2)
                        .categories(List.of(3, 4)).build(),
                ModelSpecBuilder.of(ModelKind.VAE).images(28, 28, 3, 10).hidden(List.of(32)).latent(2)
                        .likelihood(Likelihood.GAUSSIAN_LEARNED).build());
    }

    @Test
    void aColourModelTrainsSavesReopensAndDecodesTheGraphsImagesThroughTheFastDecoder() throws Exception {
        for (ModelSpec spec : colourSpecs()) {
            assertEquals(3 * spec.rows() * spec.cols(), spec.pixels(), "values per image");
            VaeModel model = VaeModel.create(spec, 11, 1e-3);
            double first = Double.NaN;
            double last = Double.NaN;
            Batch batch = TinyModels.batch(spec, 8, 2);
            for (int step = 0; step < 4; step++) {
                LossTerms terms = model.fit(batch, NoiseSource.seeded(3), Schedules.at(spec, step));
                first = step == 0 ? terms.objective() : first;
                last = terms.objective();
            }
            assertTrue(Double.isFinite(last) && last < first, spec.kind() + ": the loss falls, " + first + " -> "
                    + last);
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            model.save(saved);
            VaeModel reopened = VaeModel.load(spec, saved.toByteArray());
            assertEquals(spec.pixels() * 5L, reopened.reconstruct(TinyModels.batch(spec, 5, 4)).length,
                    "a reconstruction has every channel of every image");
            DecoderImages.assertSameImages(reopened, 5);
        }
    }

    @Test
    void theGraphHoldsTheWeightsModelSizeCountsAndColourAddsThemAtTheEdgesOnly() {
        for (ModelSpec spec : colourSpecs()) {
            SameDiff sd = GraphFamily.of(spec).build(spec, 1, DataType.FLOAT);
            Map<String, Long> built = new TreeMap<>();
            sd.variables().stream().filter(v -> v.getVariableType() == VariableType.VARIABLE)
                    .forEach(v -> built.put(v.name(), sd.getArrForVarName(v.name()).length()));
            assertEquals(built.values().stream().mapToLong(Long::longValue).sum(), ModelSize.parameters(spec),
                    spec.toString());
        }
        ModelSpec grey = ModelSpecBuilder.of(ModelKind.CONV_VAE).images(28, 28, 1, 10).latent(2).build();
        ModelSpec colour = ModelSpecBuilder.of(ModelKind.CONV_VAE).images(28, 28, 3, 10).latent(2).build();
        // Two more input channels into the first 3x3 convolution's 32 filters, two more 3x3 output filters (and
        // their biases) from the last transposed convolution's 32 channels.
        assertEquals(2 * 9 * 32 + 2 * 9 * 32 + 2, ModelSize.parameters(colour) - ModelSize.parameters(grey));
        ModelSpec greyMlp = ModelSpecBuilder.of(ModelKind.VAE).images(28, 28, 10).hidden(List.of(32)).build();
        ModelSpec colourMlp = ModelSpecBuilder.of(ModelKind.VAE).images(28, 28, 3, 10).hidden(List.of(32)).build();
        // The MLP's first layer takes and its last gives 2 x 784 more values.
        assertEquals(2 * 784 * 32 + 2 * 784 * (32 + 1), ModelSize.parameters(colourMlp)
                - ModelSize.parameters(greyMlp));
    }

    @Test
    void colourAddsToTheMemoryEstimateOnlyItsOtherInputAndOutputPlanes() {
        for (Backbone b : Backbone.values()) {
            ModelSpec grey = ModelSpecBuilder.of(ModelKind.VAE).backbone(b).images(32, 32, 1, 10).build();
            ModelSpec colour = ModelSpecBuilder.of(ModelKind.VAE).backbone(b).images(32, 32, 3, 10).build();
            long extra = GraphFamily.of(colour).activationsPerImage(colour)
                    - GraphFamily.of(grey).activationsPerImage(grey);
            // The MLP's output is counted once; the conv nets' input and output.
            assertEquals(b == Backbone.MLP ? 2 * 32 * 32 : 2 * 2 * 32 * 32, extra, b.toString());
        }
    }

    @Test
    void channelsOtherThanGreyOrColourAndColourForTheStructuredOutputCvaeAreRefused() {
        SpecException two = org.junit.jupiter.api.Assertions.assertThrows(SpecException.class,
                () -> ModelSpecBuilder.of(ModelKind.VAE).images(28, 28, 2, 10).build());
        assertEquals("spec.channels", two.text().key());
        SpecException structured = org.junit.jupiter.api.Assertions.assertThrows(SpecException.class,
                () -> ModelSpecBuilder.of(ModelKind.SCVAE).images(28, 28, 3, 10).build());
        assertEquals("spec.structuredGrey", structured.text().key());
    }
}
