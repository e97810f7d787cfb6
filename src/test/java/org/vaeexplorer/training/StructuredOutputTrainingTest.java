package org.vaeexplorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.QuadrantMask;
import org.vaeexplorer.model.StructuredOutput;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.estimators.ConditionalLikelihood;

/** A short run of the structured-output CVAE through the ordinary Trainer: its -log p(y|x) beats the baseline's. */
class StructuredOutputTrainingTest {
    @Test
    void trainingLowersTheNcllBelowTheBaselines() throws Exception {
        LabelledSplits mnist = TrainingFixtures.mnist();
        VaeModel model = VaeModel.create(ModelSpecBuilder.of(ModelKind.SCVAE).hidden(List.of(128)).latent(16)
                .structured(new StructuredOutput(1, 0)).build(), 1, 1e-3);
        ImageDataset test = mnist.test().head(200);
        double before = mean(estimate(model, test).importance());
        TrainingState state = new TrainingState();
        TrainingOutcome outcome = new Trainer(new RunControl(), new TrainingListener() { }).train(model, mnist,
                state, TrainingFixtures.small(RUN_EPOCHS, 4000, 200));
        assertEquals(TrainingOutcome.Status.COMPLETED, outcome.status());
        var after = estimate(model, test);
        double ncll = mean(after.importance());
        double baseline = mean(after.baseline());
        assertTrue(ncll < before - 50, "training lowered -log p(y|x): " + before + " -> " + ncll);
        assertTrue(ncll < baseline, "CVAE " + ncll + " vs baseline " + baseline);
    }

    private static final int RUN_EPOCHS = 3;

    private static ConditionalLikelihood.Estimates estimate(VaeModel model, ImageDataset test) {
        int[] idx = new int[test.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        return ConditionalLikelihood.estimate(model, test.batch(idx, PixelScaling.GREY), idx.length,
                QuadrantMask.pyro(1), 1, 20, NoiseSource.seeded(3));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
