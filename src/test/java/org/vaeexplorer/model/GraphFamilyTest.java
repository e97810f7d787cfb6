package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.decoding.DecoderPath;
import org.vaeexplorer.model.graph.GraphFamily;
import org.vaeexplorer.model.graph.Layer;
import org.vaeexplorer.model.graph.NetworkLayers;

/**
 * The network is described once ({@link NetworkLayers}): for every kind on every backbone it accepts, the graph
 * built from the description holds exactly the weights the description names, {@link ModelSize} counts them, and
 * the fast decoder that walks the description's decoder gives the graph's images.
 */
class GraphFamilyTest {
    /** Every kind on every backbone the spec's rules accept, with the likelihood that adds weights where it can. */
    private static List<ModelSpec> everyKindAndBackbone() {
        List<ModelSpec> specs = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) {
            for (Backbone backbone : Backbone.values()) {
                ModelSpecBuilder b = ModelSpecBuilder.of(kind).images(12, 16, 3).backbone(backbone);
                try {
                    specs.add(b.build());
                } catch (IllegalArgumentException refused) {
                    continue;
                }
                try {
                    specs.add(b.likelihood(Likelihood.GAUSSIAN_LEARNED).build());
                } catch (IllegalArgumentException refused) {
                    // scvae's likelihood is part of the model
                }
            }
        }
        return specs;
    }

    @Test
    void everyKindHasABackboneAndEveryBackboneAKind() {
        List<ModelSpec> specs = everyKindAndBackbone();
        Set<ModelKind> kinds = new HashSet<>();
        Set<Backbone> backbones = new HashSet<>();
        specs.forEach(s -> {
            kinds.add(s.kind());
            backbones.add(s.backbone());
        });
        assertEquals(Set.of(ModelKind.values()), kinds);
        assertEquals(Set.of(Backbone.values()), backbones);
        assertTrue(specs.size() >= 20, "combinations: " + specs.size());
    }

    @Test
    void theBuiltGraphHoldsTheWeightsTheLayersNameAndModelSizeCountsThem() {
        for (ModelSpec spec : everyKindAndBackbone()) {
            SameDiff sd = GraphFamily.of(spec).build(spec, 1, DataType.FLOAT);
            Map<String, Long> built = new TreeMap<>();
            sd.variables().stream().filter(v -> v.getVariableType() == VariableType.VARIABLE)
                    .forEach(v -> built.put(v.name(), sd.getArrForVarName(v.name()).length()));
            Map<String, Long> described = new TreeMap<>();
            for (NetworkLayers.Stack part : GraphFamily.of(spec).layers(spec).parts().values()) {
                part.layers().forEach(l -> described.putAll(weightsOf(l)));
            }
            assertEquals(described, built, spec.toString());
            assertEquals(built.values().stream().mapToLong(Long::longValue).sum(), ModelSize.parameters(spec),
                    spec.toString());
        }
    }

    @Test
    void theFastDecoderGivesTheGraphsImagesForEveryKindAndBackbone() {
        int covered = 0;
        for (ModelSpec spec : everyKindAndBackbone()) {
            DecoderPath path = DecoderPath.of(spec, DataType.FLOAT);
            if (GraphFamily.of(spec) == GraphFamily.structuredOutput()) {
                assertNull(path, "the structured-output graph decodes through the graph");
                continue;
            }
            assertNotNull(path, spec.toString());
            assertNull(DecoderPath.of(spec, DataType.DOUBLE), "double precision decodes through the graph");
            DecoderImages.assertSameImages(spec, 3);
            covered++;
        }
        assertTrue(covered >= 15, "decoders compared: " + covered);
    }

    /** The names and sizes of the weights a layer says it has. */
    private static Map<String, Long> weightsOf(Layer layer) {
        if (layer instanceof Layer.Dense d) {
            return Map.of(Layer.weights(d.name()), (long) d.in() * d.out(), Layer.bias(d.name()), (long) d.out());
        } else if (layer instanceof Layer.Conv c) {
            return Map.of(Layer.weights(c.name()), (long) c.kernel() * c.kernel() * c.in() * c.out(),
                    Layer.bias(c.name()), (long) c.out());
        } else if (layer instanceof Layer.Deconv d) {
            return Map.of(Layer.weights(d.name()), (long) d.kernel() * d.kernel() * d.in() * d.out(),
                    Layer.bias(d.name()), (long) d.out());
        } else if (layer instanceof Layer.LabelPlane p) {
            return weightsOf(p.embedding());
        } else if (layer instanceof Layer.Vector v) {
            return Map.of(v.name(), (long) v.length());
        }
        assertEquals(0, layer.parameters(), layer + " has weights this test does not know");
        return Map.of();
    }
}
