package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.RunControl;
import org.vaeexplorer.training.Trainer;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * Whole runs of the MLP VAE 784-512-2 on MNIST through the hand-written step ({@link FusedVaeStep}) and through the
 * graph's backward pass, the same seed and settings: the same test NELBO after every epoch (to float rounding,
 * which Adam carries from step to step), and a checkpoint of either continues under the other.
 */
class FusedTrainingTest {
    /** Relative: the two paths round differently (sums in another order), and training carries it along. */
    private static final double NELBO_TOLERANCE = 1e-5;
    private final LabelledSplits mnist = TrainingFixtures.mnist();
    private final ModelSpec spec = ModelKind.VAE.defaultSpec(28, 28, 10);
    private final TrainingSettings settings = TrainingFixtures.small(3, 1280, 500);

    @Test
    void everyEpochsTestNelboIsTheGraphs() throws Exception {
        VaeModel graph = VaeModel.create(spec, 3, 1e-3);
        graph.trainingSteps().trainThroughGraph();
        VaeModel fused = VaeModel.create(spec, 3, 1e-3);
        List<EpochMetrics> expected = train(graph, new TrainingState());
        List<EpochMetrics> actual = train(fused, new TrainingState());
        assertFalse(graph.trainingSteps().flatSteps().fused());
        assertTrue(fused.trainingSteps().flatSteps().fused());
        assertEquals(settings.epochs(), actual.size());
        for (int e = 0; e < expected.size(); e++) {
            double nelbo = expected.get(e).testNelbo();
            System.out.printf("epoch %d: test NELBO graph %.6f, hand-written %.6f (train %.6f / %.6f)%n", e + 1,
                    nelbo, actual.get(e).testNelbo(), expected.get(e).trainNelbo(), actual.get(e).trainNelbo());
            assertEquals(nelbo, actual.get(e).testNelbo(), NELBO_TOLERANCE * nelbo, "test NELBO of epoch " + (e + 1));
            assertEquals(expected.get(e).trainObjective(), actual.get(e).trainObjective(),
                    NELBO_TOLERANCE * nelbo, "training objective of epoch " + (e + 1));
        }
        assertTrue(actual.get(2).testNelbo() < actual.get(0).testNelbo(), "it learns");
    }

    @Test
    void aCheckpointOfEitherPathContinuesUnderTheOther() throws IOException {
        VaeModel fused = VaeModel.create(spec, 5, 1e-3);
        List<VaeModel.Step> first = steps(0);
        fused.fit(first.iterator(), NoiseSource.seeded(7), (s, t) -> { });
        byte[] saved = save(fused);

        VaeModel asGraph = VaeModel.load(spec, saved);
        asGraph.trainingSteps().trainThroughGraph();
        VaeModel asFused = VaeModel.load(spec, saved);
        List<LossTerms> graphTerms = new ArrayList<>();
        List<LossTerms> fusedTerms = new ArrayList<>();
        asGraph.fit(steps(4).iterator(), NoiseSource.seeded(8), (s, t) -> graphTerms.add(t));
        asFused.fit(steps(4).iterator(), NoiseSource.seeded(8), (s, t) -> fusedTerms.add(t));
        assertTrue(asFused.trainingSteps().flatSteps().fused());
        assertEquals(8, asFused.graph().getTrainingConfig().getIterationCount(), "the count goes on from the file");
        for (int i = 0; i < graphTerms.size(); i++) {
            double loss = graphTerms.get(i).objective();
            assertEquals(loss, fusedTerms.get(i).objective(), 1e-5 * loss, "loss of step " + i + " after resuming");
        }
        VaeModel reopened = VaeModel.load(spec, save(asFused));
        assertEquals(8, reopened.graph().getTrainingConfig().getIterationCount());
    }

    private List<VaeModel.Step> steps(int first) {
        List<VaeModel.Step> steps = new ArrayList<>();
        for (int i = first; i < first + 4; i++) {
            float[] pixels = mnist.train().batch(new int[] {i, i + 10, i + 20, i + 30}, settings.scaling());
            steps.add(new VaeModel.Step(new Batch(pixels, 4, new int[4]), Schedules.at(spec, i)));
        }
        return steps;
    }

    private static byte[] save(VaeModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out, true);
        return out.toByteArray();
    }

    private List<EpochMetrics> train(VaeModel model, TrainingState state) throws Exception {
        List<EpochMetrics> epochs = new ArrayList<>();
        TrainingOutcome outcome = new Trainer(new RunControl(), new TrainingListener() {
            @Override
            public void epochEnded(VaeModel m, TrainingState s, EpochMetrics metrics) {
                epochs.add(metrics);
            }
        }).train(model, mnist, state, settings);
        assertEquals(TrainingOutcome.Status.COMPLETED, outcome.status());
        return epochs;
    }
}
