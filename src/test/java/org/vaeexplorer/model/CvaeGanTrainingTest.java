package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.vaeexplorer.model.family.CvaeGan;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * CVAE-GAN's training step: the one backward pass gives each network the gradient of its own loss (Bao et al. 2017,
 * Algorithm 1), checked against central finite differences of that loss in double precision, and each of the four
 * optimisers moves its own network's weights and no other's. The networks are told apart here by their weights'
 * names (the encoder's enc_, mu and logvar; the generator's dec_; disc_; cls_), not by the graph's own grouping.
 */
class CvaeGanTrainingTest {
    private static final double H = 1e-6;
    // Relative error with the floor of the other gradient checks (FiniteDifferences): a difference of losses near
    // 50 nats over 2e-6 is good to about 1e-8.

    /** The network each weight belongs to, by name, and the graph's name of that network's loss. */
    enum Network {
        ENCODER(AdversarialTerms.ENCODER), GENERATOR(AdversarialTerms.GENERATOR),
        DISCRIMINATOR(AdversarialTerms.DISCRIMINATOR), CLASSIFIER(AdversarialTerms.CLASSIFIER);

        final String loss;

        Network(String loss) {
            this.loss = loss;
        }

        static Network of(String weight) {
            if (weight.startsWith("enc_") || weight.startsWith("mu_") || weight.startsWith("logvar_")) {
                return ENCODER;
            } else if (weight.startsWith(GraphNames.DECODER_PREFIX)) {
                return GENERATOR;
            } else if (weight.startsWith("disc_")) {
                return DISCRIMINATOR;
            } else if (weight.startsWith("cls_")) {
                return CLASSIFIER;
            }
            throw new AssertionError("a weight of no network: " + weight);
        }
    }

    static ModelSpec mlp() {
        return ModelSpecBuilder.of(CvaeGan.KIND).images(4, 4, 3).backbone(Backbone.MLP).hidden(List.of(6))
                .latent(2).build();
    }

    static ModelSpec conv() {
        return ModelSpecBuilder.of(CvaeGan.KIND).images(8, 8, 3).latent(2).build();
    }

    static Stream<ModelSpec> specs() {
        return Stream.of(mlp(), conv());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void eachNetworksGradientIsThatOfItsOwnLoss(ModelSpec spec) {
        VaeModel model = VaeModel.create(spec, 11, 1e-3, DataType.DOUBLE);
        Map<String, INDArray> feed = model.feed(TinyModels.batch(spec, 5, 3), NoiseSource.seeded(4),
                Schedules.at(spec, 0), false);
        SameDiff sd = model.graph();
        Map<Network, Integer> checked = new HashMap<>();
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() != VariableType.VARIABLE) {
                continue;
            }
            Network network = Network.of(v.name());
            INDArray analytic = sd.calculateGradients(feed, v.name()).get(v.name());
            INDArray param = v.getArr();
            // Spread over the array: its first entries, and some from its middle and end.
            for (long i : java.util.stream.LongStream.of(0, 1, param.length() / 2, param.length() - 1).distinct()
                    .filter(i -> i < param.length()).toArray()) {
                double numeric = finiteDifference(sd, feed, param, i, network.loss);
                double a = analytic.getDouble(i);
                double error = Math.abs(a - numeric) / Math.max(1e-3, Math.abs(a) + Math.abs(numeric));
                assertTrue(error < 1e-5, v.name() + "[" + i + "] of " + network + ": gradient " + a
                        + ", finite difference of its loss " + numeric);
                checked.merge(network, 1, Integer::sum);
            }
        }
        assertEquals(4, checked.size(), "every network checked: " + checked);
    }

    private static double finiteDifference(SameDiff sd, Map<String, INDArray> feed, INDArray param, long i,
                                           String loss) {
        double original = param.getDouble(i);
        param.putScalar(i, original + H);
        double plus = sd.output(feed, loss).get(loss).getDouble(0);
        param.putScalar(i, original - H);
        double minus = sd.output(feed, loss).get(loss).getDouble(0);
        param.putScalar(i, original);
        return (plus - minus) / (2 * H);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void eachOptimiserMovesOnlyItsOwnNetwork(ModelSpec spec) {
        VaeModel model = VaeModel.create(spec, 5, 1e-2);
        model.fit(TinyModels.batch(spec, 6, 1), NoiseSource.seeded(2), Schedules.at(spec, 0));
        SameDiff sd = model.graph();
        List<Network> updated = new ArrayList<>();
        Map<String, INDArray> before = weights(sd);
        model.trainingSteps().flatSteps().afterEachUpdate(i -> {
            Map<String, INDArray> now = weights(sd);
            Network moved = null;
            for (Map.Entry<String, INDArray> w : now.entrySet()) {
                boolean changed = !w.getValue().equals(before.get(w.getKey()));
                Network owner = Network.of(w.getKey());
                if (changed) {
                    assertTrue(moved == null || moved == owner, "update " + i + " moved " + moved + " and "
                            + owner + " (" + w.getKey() + ")");
                    moved = owner;
                }
            }
            assertTrue(moved != null, "update " + i + " moved no weight");
            for (Map.Entry<String, INDArray> w : now.entrySet()) {
                if (Network.of(w.getKey()) == moved) {
                    before.put(w.getKey(), w.getValue());
                }
            }
            updated.add(moved);
        });
        model.fit(TinyModels.batch(spec, 6, 2), NoiseSource.seeded(3), Schedules.at(spec, 1));
        assertEquals(List.of(Network.CLASSIFIER, Network.DISCRIMINATOR, Network.GENERATOR, Network.ENCODER),
                updated, "Algorithm 1 updates C, D, G, then E, each once a step");
    }

    private static Map<String, INDArray> weights(SameDiff sd) {
        Map<String, INDArray> copies = new HashMap<>();
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                copies.put(v.name(), v.getArr().dup());
            }
        }
        return copies;
    }

    @Test
    void theKlIsTheClosedFormOfTheEncodersPosterior() {
        ModelSpec spec = mlp();
        VaeModel model = VaeModel.create(spec, 3, 1e-3, DataType.DOUBLE);
        Map<String, float[]> out = model.outputs(TinyModels.batch(spec, 4, 5), NoiseSource.seeded(1),
                Schedules.at(spec, 0), false, GraphNames.MU, GraphNames.LOGVAR, GraphNames.KL_DIMS);
        float[] mu = out.get(GraphNames.MU);
        float[] logVar = out.get(GraphNames.LOGVAR);
        for (int j = 0; j < mu.length; j++) {
            double expected = 0.5 * (Math.exp(logVar[j]) + mu[j] * mu[j] - 1 - logVar[j]);
            assertEquals(expected, out.get(GraphNames.KL_DIMS)[j], 1e-6);
        }
        assertFalse(mu.length == 0);
    }
}
