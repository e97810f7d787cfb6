package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;

/** The How it works view's steps: the model's blocks then the ELBO, revealed one more per step, within bounds. */
class HowItWorksStepsTest {
    @Test
    void stepThroughRevealsOneBlockMorePerStepAndExplainsTheCurrentOne() {
        ModelSpec spec = ModelKind.JOINT_VAE.defaultSpec(28, 28, 10);
        HowItWorksSteps steps = new HowItWorksSteps();
        steps.setBlocks(spec.blocks());
        assertEquals(List.of("input", "encoder", "mean", "log-variance", "gumbel", "sample", "decoder", "output",
                HowItWorksSteps.ELBO), steps.ids(), "the Joint VAE's blocks, from its family");
        assertTrue(steps.revealed(steps.count() - 1), "out of step-through every block is shown");

        steps.next();
        assertTrue(steps.steppingProperty().get(), "Next starts the step-through");
        assertEquals(0, steps.stepProperty().get());
        assertTrue(steps.revealed(0));
        assertFalse(steps.revealed(1));
        assertEquals("input", steps.selectedProperty().get(), "the current step is explained");
        steps.next();
        steps.next();
        assertTrue(steps.revealed(2));
        assertFalse(steps.revealed(3));
        assertEquals("mean", steps.selectedProperty().get());
        steps.previous();
        assertEquals(1, steps.stepProperty().get());
        for (int i = 0; i < 20; i++) {
            steps.next();
        }
        assertEquals(steps.count() - 1, steps.stepProperty().get(), "no step past the ELBO");
        for (int i = 0; i < 20; i++) {
            steps.previous();
        }
        assertEquals(0, steps.stepProperty().get(), "no step before the image");

        steps.select("decoder");
        assertEquals("decoder", steps.selectedProperty().get(), "a click explains any block");
        steps.setBlocks(ModelKind.VAE.defaultSpec(28, 28, 10).blocks());
        assertEquals(0, steps.stepProperty().get(), "a new model starts again from its first block");
        assertFalse(steps.ids().contains("gumbel"));
    }
}
