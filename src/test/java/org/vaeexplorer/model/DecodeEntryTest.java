package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * The decode entry (placeholder z_in, what the explorer uses) shares the training path's weights and computes the
 * same function: decoding the posterior means equals x_mean at eps = 0.
 */
class DecodeEntryTest {
    @Test
    void theConvDecodersEntryEqualsTheTrainingPath() {
        check(ModelKind.CONV_VAE);
    }

    @Test
    void theMlpDecodersEntryEqualsTheTrainingPath() {
        check(ModelKind.VAE);
    }

    private static void check(ModelKind kind) {
        ModelSpec spec = kind.defaultSpec(28, 28, 10);
        VaeModel model = VaeModel.create(spec, 11, 1e-3);
        int n = 5;
        SplittableRandom r = new SplittableRandom(2);
        float[] pixels = new float[n * spec.pixels()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) r.nextDouble();
        }
        // Through the training graph with eps = 0, x_mean is the decoder's output at z = mu.
        Map<String, float[]> out = model.outputs(new Batch(pixels, n, new int[n]), NoiseSource.seeded(0),
                Schedules.at(spec, 0), true, GraphNames.MU, GraphNames.X_MEAN);
        float[] viaDecodeEntry = FlatCodes.decode(model, out.get(GraphNames.MU), new float[0], new float[0], n);
        float[] viaTraining = out.get(GraphNames.X_MEAN);
        double worst = 0;
        for (int i = 0; i < viaTraining.length; i++) {
            worst = Math.max(worst, Math.abs(viaTraining[i] - viaDecodeEntry[i]));
        }
        assertEquals(0, worst, 1e-5, "largest difference between the two decoder forms");
    }
}
