package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.graph.GraphFamily;

/** The analytic count must equal the built graph's, for every kind and the variants that change the layers. */
class ModelSizeTest {
    @Test
    void countsEqualTheBuiltGraphs() {
        for (ModelKind kind : ModelKind.values()) {
            assertCounts(kind.defaultSpec(28, 28, 10));
            assertCounts(kind.defaultSpec(32, 24, 3));
        }
        ModelSpec d = ModelKind.VAE.defaultSpec(28, 28, 10);
        assertCounts(ModelSpec.of(ModelKind.CVAE, Backbone.CONV, List.of(), 3, List.of(), Likelihood.GAUSSIAN_LEARNED,
                0.1, KlEstimator.ANALYTIC, true, 10, 28, 28, Objective.elbo(), null, null));
        assertCounts(ModelSpec.of(ModelKind.JOINT_VAE, Backbone.MLP, List.of(64, 32, 16), 0, List.of(10, 3),
                d.likelihood(), 0.1, KlEstimator.ANALYTIC, false, 10, 28, 28, Objective.elbo(),
                new TemperatureSchedule(0.67, 0.67, 0), null));
        for (int side : new int[] {28, 32, 12}) {
            assertCounts(ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(side, side, 10).backbone(Backbone.DUPONT)
                    .build());
        }
        assertCounts(ModelSpecBuilder.of(ModelKind.BETA_VAE).images(20, 36, 10).backbone(Backbone.DUPONT).build());
    }

    @Test
    void aSavedModelWithItsOptimiserStateFitsTheBound() throws Exception {
        for (ModelKind kind : ModelKind.values()) {
            VaeModel model = VaeModel.create(kind.defaultSpec(28, 28, 10), 1, 1e-3);
            // One step, so Adam's moments exist and are saved as they are in a checkpoint of a trained model.
            model.fit(TinyModels.batch(model.spec(), 4, 1), NoiseSource.seeded(1), Schedules.at(model.spec(), 0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model.save(out);
            long bound = ModelSize.savedBytesBound(model.spec());
            assertTrue(out.size() <= bound, kind + ": " + out.size() + " bytes saved, bound " + bound);
            // The bound is tight enough to be worth having: within 1.5x of a real file plus the structure allowance.
            assertTrue(bound < 3L * out.size() / 2 + (4L << 20), kind + ": bound " + bound + " for " + out.size());
        }
    }

    private static void assertCounts(ModelSpec spec) {
        SameDiff sd = GraphFamily.of(spec).build(spec, 1, DataType.FLOAT);
        long built = sd.variables().stream().filter(v -> v.getVariableType() == VariableType.VARIABLE)
                .mapToLong(v -> sd.getArrForVarName(v.name()).length()).sum();
        assertEquals(built, ModelSize.parameters(spec), spec.toString());
    }
}
