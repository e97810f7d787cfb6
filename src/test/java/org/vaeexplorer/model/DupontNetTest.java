package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.graph.DupontNet;

/** Dupont's conv net: its shapes on images that need the crop and those that do not, and its gradients. */
class DupontNetTest {
    private static ModelSpec joint(int side) {
        return ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(side, side, 3).backbone(Backbone.DUPONT).latent(2)
                .categories(List.of(3)).build();
    }

    @Test
    void featuresShrinkByEightAndTheDecoderIsCroppedBackToTheImage() {
        assertEquals(4, DupontNet.featureSide(28));
        assertEquals(4, DupontNet.featureSide(32));
        assertEquals(2, DupontNet.featureSide(12));
        for (int side : new int[] {28, 32, 12}) {
            ModelSpec spec = joint(side);
            VaeModel model = VaeModel.create(spec, 2, 1e-3);
            float[] images = FlatCodes.decode(model, new float[4], new float[] {1, 0, 0, 0, 0, 1}, new float[0], 2);
            assertEquals(2 * side * side, images.length, "side " + side);
            LossTerms terms = model.evaluate(TinyModels.batch(spec, 3, 1), NoiseSource.seeded(1),
                    Schedules.at(spec, 0), false);
            assertTrue(Double.isFinite(terms.objective()) && terms.recon() > 0, terms.toString());
        }
    }

    @Test
    void aLabelOrAHugeImageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ModelSpecBuilder.of(ModelKind.CVAE)
                .backbone(Backbone.DUPONT).build());
        assertThrows(IllegalArgumentException.class, () -> ModelSpecBuilder.of(ModelKind.VAE).images(96, 96, 10)
                .backbone(Backbone.DUPONT).build());
    }

    /** As {@link GradientCheckTest}, on 12x12 images (so the crop is in the path), a few entries of each weight. */
    @Test
    void gradientsMatchFiniteDifferences() {
        ModelSpec spec = joint(12);
        VaeModel model = VaeModel.create(spec, 21, 1e-3, DataType.DOUBLE);
        Map<String, INDArray> feed = model.feed(TinyModels.batch(spec, 2, 9), NoiseSource.seeded(4),
                new Schedules(0.67, 0.3, 0.2), false);
        SameDiff sd = model.graph();
        Random pick = new Random(5);
        int checked = 0;
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() != VariableType.VARIABLE) {
                continue;
            }
            INDArray analytic = sd.calculateGradients(feed, v.name()).get(v.name());
            INDArray param = v.getArr();
            for (int j = 0; j < 6; j++) {
                int i = pick.nextInt((int) param.length());
                FiniteDifferences.Check c = FiniteDifferences.check(sd, feed, param, i, analytic.getDouble(i));
                // The loss is ~100 nats here (144 pixels), so the difference quotient itself is good to ~1e-5.
                assertTrue(c.error() < 1e-4, v.name() + "[" + i + "]: " + c);
                checked++;
            }
        }
        assertTrue(checked >= 6 * 20, "weights checked: " + checked / 6);
    }

}
