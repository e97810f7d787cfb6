package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.graph.GraphFamily;
import org.vaeexplorer.model.graph.GraphNames;
import org.vaeexplorer.model.objective.CapturedObjective;

/**
 * A training step reports its terms from the activations it computed instead of a second forward pass; they must
 * be the numbers the graph's own outputs give for the same batch, noise and (pre-update) weights.
 */
class CapturedObjectiveTest {
    @Test
    void aStepReportsTheGraphsLossAndKlOfItsBatchBeforeTheUpdate() {
        ModelSpec elbo = TinyModels.mlp(Likelihood.BERNOULLI, 2, 2, 3);
        ModelSpec beta = ModelSpecBuilder.of(ModelKind.BETA_VAE).images(2, 3, 3).hidden(List.of(5)).latent(2)
                .objective(Objective.beta(4.0)).build();
        ModelSpec monteCarlo = ModelSpecBuilder.of(ModelKind.VAE).images(2, 3, 3).hidden(List.of(5)).latent(3)
                .klEstimator(KlEstimator.MONTE_CARLO).build();
        ModelSpec capacity = ModelSpecBuilder.of(ModelKind.BETA_VAE).images(2, 3, 3).hidden(List.of(5)).latent(2)
                .objective(Objective.capacity(new CapacitySchedule(0, 25, 100, 30))).build();
        ModelSpec joint = ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(2, 3, 3).hidden(List.of(5)).latent(2)
                .categories(List.of(3, 4)).build();
        ModelSpec completion = ModelSpecBuilder.of(ModelKind.SCVAE).images(4, 4, 3).hidden(List.of(6)).latent(2)
                .structured(new StructuredOutput(0, 0.3)).build();
        for (ModelSpec spec : List.of(elbo, beta, monteCarlo, capacity, joint, completion)) {
            VaeModel model = VaeModel.create(spec, 3, 1e-3);
            Batch batch = TinyModels.batch(spec, 6, 4);
            // Mid-schedule capacities, so the penalties are neither zero nor at their final values.
            Schedules s = Schedules.at(spec, 40);
            LossTerms graph = model.evaluate(batch, NoiseSource.seeded(8), s, false);
            LossTerms reported = model.fit(batch, NoiseSource.seeded(8), s);
            assertEquals(graph.objective(), reported.objective(), 1e-5 * Math.abs(graph.objective()),
                    spec.kind() + " " + spec.klEstimator() + " objective");
            assertEquals(graph.recon(), reported.recon(), 1e-5 * graph.recon());
            assertArrayEquals(graph.klPerDim(), reported.klPerDim(), 1e-5f);
            assertArrayEquals(graph.klPerCategorical(), reported.klPerCategorical(), 1e-5f);
            assertNotEquals(graph.objective(),
                    model.evaluate(batch, NoiseSource.seeded(8), s, false).objective(), "the step must train");
        }
    }

    /** The capacity objectives are completed from the parts alone: no second pass needed for them. */
    @Test
    void capacityLossesAreRebuiltFromTheCapturedParts() {
        ModelSpec capacity = ModelSpecBuilder.of(ModelKind.BETA_VAE).images(2, 3, 3).hidden(List.of(5)).latent(2)
                .objective(Objective.capacity(new CapacitySchedule(0, 25, 100, 30))).build();
        ModelSpec joint = ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(2, 3, 3).hidden(List.of(5)).latent(2)
                .categories(List.of(3, 4)).build();
        ModelSpec completion = ModelSpecBuilder.of(ModelKind.SCVAE).images(4, 4, 3).hidden(List.of(6)).latent(2)
                .structured(new StructuredOutput(0, 0.3)).build();
        for (ModelSpec spec : List.of(capacity, joint, completion)) {
            VaeModel model = VaeModel.create(spec, 3, 1e-3);
            Schedules s = Schedules.at(spec, 40);
            Map<String, INDArray> feed = model.feed(TinyModels.batch(spec, 6, 4), NoiseSource.seeded(8), s, false);
            java.util.Set<String> parts = new java.util.HashSet<>(GraphFamily.of(spec).capturedTerms(spec,
                    java.util.Set.of(GraphNames.RECON, GraphNames.KL_DIMS)));
            Map<String, INDArray> captured = new HashMap<>(model.graph().output(feed, parts.toArray(new String[0])));
            GraphFamily.of(spec).completeTerms(spec, s, captured);
            Map<String, INDArray> graph = model.graph().output(feed, GraphNames.LOSS, GraphNames.KL_DIMS);
            double expected = graph.get(GraphNames.LOSS).getDouble(0);
            assertEquals(expected, captured.get(GraphNames.LOSS).getDouble(0), 1e-5 * Math.abs(expected),
                    spec.objective().type().toString());
            if (spec.hasCategorical()) {
                INDArray kl = model.graph().output(feed, GraphNames.KL_DISC).get(GraphNames.KL_DISC);
                assertArrayEquals(kl.toFloatMatrix()[0], captured.get(GraphNames.KL_DISC).toFloatMatrix()[0], 1e-5f);
            }
        }
    }

    @Test
    void modelsItDoesNotCoverAreLeftToTheGraph() {
        Map<String, INDArray> terms = new HashMap<>(Map.of(GraphNames.RECON, Nd4j.createFromArray(1f, 2f),
                GraphNames.KL_DIMS, Nd4j.createFromArray(new float[][] {{0.5f, 0.5f}, {1f, 0f}})));
        CapturedObjective.complete(TinyModels.mlp(Likelihood.BERNOULLI, 2, 2, 3), new Schedules(Double.NaN,
                Double.NaN, Double.NaN), terms);
        assertEquals(2.5, terms.get(GraphNames.LOSS).getDouble(0), 1e-12);
        Map<String, INDArray> joint = new HashMap<>(terms);
        joint.remove(GraphNames.LOSS);
        CapturedObjective.complete(TinyModels.joint(0.7), new Schedules(0.7, 1, 1), joint);
        assertFalse(joint.containsKey(GraphNames.LOSS), "without the categorical probabilities");
    }
}
