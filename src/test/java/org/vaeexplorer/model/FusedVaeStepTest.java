package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.opentest4j.AssertionFailedError;
import org.vaeexplorer.model.graph.GraphFamily;
import org.vaeexplorer.model.graph.GraphNames;
import org.vaeexplorer.model.graph.MlpVaeLayers;

/**
 * The hand-written MLP VAE step ({@link FusedVaeStep}) against the SameDiff graph of the same model: on the same
 * weights, batch and noise, its loss, its reported terms and every weight's gradient equal the graph's to 1e-5 of
 * the largest value (float32 on both sides), for each configuration it serves; and the comparison fails when the
 * step leaves out the KL, the reconstruction term or a bias's gradient.
 */
class FusedVaeStepTest {
    private static final double TOLERANCE = 1e-5;
    private static final int BATCH = 32;

    static Stream<ModelSpec> served() {
        return Stream.of(
                ModelKind.VAE.defaultSpec(28, 28, 10),
                ModelSpecBuilder.of(ModelKind.VAE).images(6, 5, 3).hidden(List.of(9, 7)).latent(3).build(),
                // Colour, channel-planar: the pixels are just a longer row.
                ModelSpecBuilder.of(ModelKind.VAE).images(4, 3, 3, 10).hidden(List.of(6)).latent(2).build(),
                ModelSpecBuilder.of(ModelKind.BETA_VAE).images(6, 5, 3).hidden(List.of(8)).latent(4)
                        .objective(Objective.beta(4)).build(),
                capacity());
    }

    /** Burgess et al.'s capacity objective; its slope changes sign where the mean KL crosses C_t. */
    private static ModelSpec capacity() {
        return ModelSpecBuilder.of(ModelKind.BETA_VAE).images(6, 5, 3).hidden(List.of(8)).latent(3)
                .objective(Objective.capacity(new CapacitySchedule(0, 50, 10, 30))).build();
    }

    @ParameterizedTest
    @MethodSource("served")
    void lossAndEveryGradientAreTheGraphs(ModelSpec spec) {
        for (long iteration : new long[] {0, 10}) {
            Fixture f = new Fixture(spec, Schedules.at(spec, iteration));
            Map<String, INDArray> gradients = f.fusedStep(EnumSet.allOf(FusedVaeStep.Term.class));
            f.assertSameTerms();
            f.assertSameGradients(gradients);
        }
    }

    @Test
    void theComparisonFailsWithATermLeftOut() {
        Fixture f = new Fixture(ModelKind.VAE.defaultSpec(28, 28, 10), Schedules.at(ModelKind.VAE.defaultSpec(28,
                28, 10), 0));
        assertThrows(AssertionFailedError.class, () -> f.assertSameGradients(f.fusedStep(EnumSet.of(
                FusedVaeStep.Term.RECONSTRUCTION))), "without the KL");
        assertThrows(AssertionFailedError.class, () -> f.assertSameGradients(f.fusedStep(EnumSet.of(
                FusedVaeStep.Term.KL))), "without the reconstruction term");
        int biases = 0;
        for (String bias : f.expected.keySet().stream().filter(n -> n.endsWith("_b")).toList()) {
            Map<String, INDArray> actual = f.fusedStep(EnumSet.allOf(FusedVaeStep.Term.class));
            actual.get(bias).assign(0);
            assertThrows(AssertionFailedError.class, () -> f.assertSameGradients(actual), "without " + bias + "'s gradient");
            biases++;
        }
        assertEquals(5, biases);
    }

    @Test
    void onlyTheModelsItComputesTakeIt() {
        ModelSpec vae = ModelKind.VAE.defaultSpec(28, 28, 10);
        assertNotNull(GraphFamily.of(vae).fusedTraining(vae, DataType.FLOAT));
        ModelSpec beta = ModelKind.BETA_VAE.defaultSpec(28, 28, 10);
        assertNotNull(GraphFamily.of(beta).fusedTraining(beta, DataType.FLOAT));
        assertNull(GraphFamily.of(vae).fusedTraining(vae, DataType.DOUBLE), "single precision only");
        List<ModelSpec> others = List.of(ModelKind.CONV_VAE.defaultSpec(28, 28, 10),
                ModelKind.CVAE.defaultSpec(28, 28, 10), ModelKind.JOINT_VAE.defaultSpec(28, 28, 10),
                ModelKind.named("beta-tcvae").defaultSpec(28, 28, 10), TinyModels.mlp(Likelihood.GAUSSIAN_LEARNED, 3, 4, 4),
                TinyModels.mlp(Likelihood.GAUSSIAN_FIXED, 3, 4, 4),
                ModelSpecBuilder.of(ModelKind.VAE).images(4, 4, 3).hidden(List.of(5)).latent(2)
                        .klEstimator(KlEstimator.MONTE_CARLO).build());
        for (ModelSpec other : others) {
            assertNull(GraphFamily.of(other).fusedTraining(other, DataType.FLOAT), other.kind() + " " + other);
        }
    }

    /** A model one step into training, a batch with its noise, and the graph's loss and gradients on them. */
    private static final class Fixture {
        final ModelSpec spec;
        final VaeModel model;
        final Batch batch;
        final Schedules schedules;
        final Map<String, INDArray> feed;
        final Map<String, INDArray> graphTerms;
        final Map<String, INDArray> expected = new LinkedHashMap<>();
        LossTerms lastTerms;

        Fixture(ModelSpec spec, Schedules schedules) {
            this.spec = spec;
            this.schedules = schedules;
            model = VaeModel.create(spec, 11, 1e-3);
            // One step first, so the biases are not zero and Adam's slices exist.
            model.fit(TinyModels.batch(spec, BATCH, 1), NoiseSource.seeded(3), schedules);
            assertTrue(model.trainingSteps().flatSteps().fused(), "the model trains through the hand-written step");
            batch = TinyModels.batch(spec, BATCH, 2);
            feed = model.feed(batch, NoiseSource.seeded(4), schedules, false);
            SameDiff sd = model.graph();
            List<String> weights = new ArrayList<>();
            for (SDVariable v : sd.variables()) {
                if (v.getVariableType() == VariableType.VARIABLE) {
                    weights.add(v.name());
                }
            }
            sd.calculateGradients(feed, weights).forEach((name, g) -> expected.put(name, g.dup()));
            graphTerms = new LinkedHashMap<>(sd.output(feed, GraphNames.LOSS, GraphNames.RECON, GraphNames.KL_DIMS));
            graphTerms.replaceAll((name, a) -> a.dup());
        }

        /** The hand-written step with {@code terms} on the fixture's feed: its gradients by weight name, copied. */
        Map<String, INDArray> fusedStep(EnumSet<FusedVaeStep.Term> terms) {
            FlatAdam adam = model.trainingSteps().flatSteps().adams().get(0);
            MlpVaeLayers layers = GraphFamily.of(spec).fusedTraining(spec, DataType.FLOAT);
            FusedVaeStep step = FusedVaeStep.of(model.graph(), adam, layers, spec.objective(), terms);
            lastTerms = step.step(feed.get(GraphNames.X), batch.pixels(), feed.get(GraphNames.EPS), schedules);
            Map<String, INDArray> gradients = new LinkedHashMap<>();
            for (String name : expected.keySet()) {
                gradients.put(name, adam.gradientOf(name).dup());
            }
            return gradients;
        }

        /** The last step's loss, mean reconstruction term and per-dimension KL as the graph's. */
        void assertSameTerms() {
            LossTerms graph = LossTerms.of(graphTerms, BATCH, spec);
            assertClose(graph.objective(), lastTerms.objective(), "loss");
            assertClose(graph.recon(), lastTerms.recon(), "reconstruction term");
            for (int j = 0; j < spec.latentDim(); j++) {
                assertClose(graph.klPerDim()[j], lastTerms.klPerDim()[j], "KL of dimension " + j);
            }
        }

        /** Every weight's gradient within 1e-5 of its array's largest value (which is not zero). */
        void assertSameGradients(Map<String, INDArray> actual) {
            assertEquals(expected.keySet(), actual.keySet());
            for (String name : expected.keySet()) {
                double[] e = expected.get(name).dup('c').data().asDouble();
                double[] a = actual.get(name).dup('c').data().asDouble();
                assertEquals(e.length, a.length, name);
                double scale = 0;
                double worst = 0;
                for (int i = 0; i < e.length; i++) {
                    scale = Math.max(scale, Math.abs(e[i]));
                    worst = Math.max(worst, Math.abs(e[i] - a[i]));
                }
                assertFalse(scale == 0, name + "'s gradient is zero: the comparison would hold nothing");
                assertTrue(worst <= TOLERANCE * scale, name + ": differs by " + worst + " (largest " + scale + ")");
            }
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, TOLERANCE * Math.max(Math.abs(expected), 1e-3), what);
    }
}
