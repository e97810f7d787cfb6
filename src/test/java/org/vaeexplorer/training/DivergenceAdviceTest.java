package org.vaeexplorer.training;

import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpecBuilder;

/** The advice names the setting that most likely made the loss non-finite, not always the learning rate. */
class DivergenceAdviceTest {
    private static final TrainingSettings SETTINGS = new TrainingSettings(10, 128, 1e-3, 1, PixelScaling.GREY, 0, 0);

    @Test
    void eachLikelyCauseIsNamed() {
        assertTrue(DivergenceAdvice.of(ModelSpecBuilder.of(ModelKind.VAE).likelihood(Likelihood.GAUSSIAN_FIXED)
                .gaussianSigma(0.01).build(), SETTINGS).contains("sigma"));
        assertTrue(DivergenceAdvice.of(ModelSpecBuilder.of(ModelKind.VAE).likelihood(Likelihood.GAUSSIAN_LEARNED)
                .build(), SETTINGS).contains("learned pixel variance"));
        assertTrue(DivergenceAdvice.of(ModelKind.JOINT_VAE.defaultSpec(28, 28, 10), SETTINGS)
                .contains("learning rate"), "Dupont's gamma 30 x 5 nats is not a strong penalty");
        assertTrue(DivergenceAdvice.of(ModelKind.VAE.defaultSpec(28, 28, 10),
                new TrainingSettings(10, 128, 0.01, 1, PixelScaling.GREY, 0, 0)).contains("high for Adam"));
        assertTrue(DivergenceAdvice.of(ModelKind.VAE.defaultSpec(28, 28, 10), SETTINGS).contains("0.0005 instead of 0.001"));
    }
}
