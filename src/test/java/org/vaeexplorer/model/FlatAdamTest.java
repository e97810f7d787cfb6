package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.io.GraphIo;

/**
 * {@link FlatAdam} (one Adam op over all weights, {@link FlatAdamSteps}) against SameDiff's own loop, which updates
 * weight by weight ({@link SessionFit}): after the same steps on the same batches, every weight and both of Adam's
 * moments agree to float rounding (1e-6 of the largest value), the reported terms too; and a model saved by
 * SameDiff's loop (per-weight moments, as every earlier checkpoint) continues under the flat update as it would have
 * under SameDiff's.
 */
class FlatAdamTest {
    private static final int STEPS = 4;
    private static final double TOLERANCE = 1e-6;

    static Stream<ModelSpec> kinds() {
        return Stream.of(
                ModelKind.VAE.defaultSpec(28, 28, 10),
                TinyModels.mlp(Likelihood.GAUSSIAN_LEARNED, 3, 4, 4),
                ModelSpecBuilder.of(ModelKind.CONV_VAE).images(8, 8, 3).latent(2).build(),
                ModelSpecBuilder.of(ModelKind.CVAE).images(4, 4, 3).hidden(List.of(6)).build(),
                TinyModels.joint(0.67),
                ModelSpecBuilder.of(ModelKind.SCVAE).images(4, 4, 3).hidden(List.of(6)).latent(2).build(),
                // Four optimisers, one per network: Adam is element-wise, so theirs are SameDiff's numbers too.
                CvaeGanTrainingTest.mlp(), CvaeGanTrainingTest.conv());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void oneAdamOpOverAllWeightsTrainsAsSameDiffsPerWeightUpdates(ModelSpec spec) {
        VaeModel perWeight = VaeModel.create(spec, 5, 1e-2);
        VaeModel flat = VaeModel.create(spec, 5, 1e-2);
        flat.trainingSteps().trainThroughGraph(); // the hand-written MLP step has its own test (FusedTrainingTest)
        List<LossTerms> expected = throughSameDiff(perWeight, 0, STEPS);
        List<LossTerms> actual = new ArrayList<>();
        flat.fit(steps(spec, 0, STEPS).iterator(), NoiseSource.seeded(7), (step, terms) -> actual.add(terms));

        assertEquals(STEPS, actual.size());
        for (int i = 0; i < STEPS; i++) {
            assertEquals(expected.get(i).objective(), actual.get(i).objective(),
                    TOLERANCE * Math.abs(expected.get(i).objective()), "objective of step " + i);
        }
        assertSameTraining(perWeight, flat);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aModelSavedBySameDiffsLoopContinuesUnderTheFlatUpdate(ModelSpec spec) throws IOException {
        VaeModel first = VaeModel.create(spec, 5, 1e-2);
        throughSameDiff(first, 0, STEPS);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        first.save(saved, true);

        VaeModel perWeight = VaeModel.load(spec, saved.toByteArray());
        VaeModel flat = VaeModel.load(spec, saved.toByteArray());
        flat.trainingSteps().trainThroughGraph();
        throughSameDiff(perWeight, STEPS, STEPS);
        flat.fit(steps(spec, STEPS, STEPS).iterator(), NoiseSource.seeded(7), (step, terms) -> { });
        assertSameTraining(perWeight, flat);

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        flat.save(again, true);
        VaeModel reopened = VaeModel.load(spec, again.toByteArray());
        assertSameTraining(flat, reopened);
    }

    /** Steps through SameDiff's own loop, updating weight by weight. */
    private static List<LossTerms> throughSameDiff(VaeModel model, int first, int count) {
        TrainingGraph graph = new TrainingGraph(model, model.graph());
        GraphIo.createGradientsQuietly(model.graph());
        List<LossTerms> terms = new ArrayList<>();
        SessionFit.run(graph, steps(model.spec(), first, count).iterator(), NoiseSource.seeded(7),
                (step, t) -> terms.add(t));
        return terms;
    }

    private static List<VaeModel.Step> steps(ModelSpec spec, int first, int count) {
        List<VaeModel.Step> steps = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            steps.add(new VaeModel.Step(TinyModels.batch(spec, 6, i), Schedules.at(spec, i)));
        }
        return steps;
    }

    /** The same weights, Adam moments and step count, to float rounding. */
    private static void assertSameTraining(VaeModel expected, VaeModel actual) {
        assertEquals(expected.graph().getTrainingConfig().getIterationCount(),
                actual.graph().getTrainingConfig().getIterationCount());
        int weights = 0;
        for (SDVariable v : expected.graph().variables()) {
            if (v.getVariableType() != VariableType.VARIABLE) {
                continue;
            }
            weights++;
            assertClose(v.getArr(), actual.graph().getArrForVarName(v.name()), v.name());
            Map<String, INDArray> e = expected.graph().getUpdaterMap().get(v.name()).getState();
            Map<String, INDArray> a = actual.graph().getUpdaterMap().get(v.name()).getState();
            assertNotNull(a, v.name() + " has Adam's state");
            assertEquals(e.keySet(), a.keySet());
            for (String k : e.keySet()) {
                assertClose(e.get(k), a.get(k), v.name() + " Adam " + k);
            }
        }
        assertTrue(weights > 0);
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        assertEquals(java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(actual.shape()), what);
        double[] e = expected.dup('c').data().asDouble();
        double[] a = actual.dup('c').data().asDouble();
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < e.length; i++) {
            scale = Math.max(scale, Math.abs(e[i]));
            worst = Math.max(worst, Math.abs(e[i] - a[i]));
        }
        assertTrue(worst <= TOLERANCE * scale, what + ": differs by " + worst + " (largest value " + scale + ")");
    }
}
