package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ObjectiveType;

class TrainFormViewModelTest {
    private final TrainFormViewModel form = new TrainFormViewModel();

    @Test
    void defaultsAreValidForEveryKind() {
        for (ModelKind k : ModelKind.values()) {
            form.kindProperty().set(k);
            TrainFormViewModel.Validation v = form.validate(28, 28, 10);
            assertEquals(List.of(), v.problems(), k + " defaults");
            assertEquals(k, v.spec().kind());
        }
    }

    @Test
    void choosingAKindFillsInItsPapersSettings() {
        form.kindProperty().set(ModelKind.JOINT_VAE);
        assertEquals("10", form.discreteProperty().get());
        assertEquals("5", form.capacityProperty().get());
        assertEquals("0.67", form.temperatureProperty().get());
        assertEquals("64", form.batchSizeProperty().get());
        form.kindProperty().set(ModelKind.BETA_VAE);
        assertEquals("4", form.betaProperty().get());
        assertEquals(ObjectiveType.BETA, form.validate(28, 28, 10).spec().objective().type());
    }

    @Test
    void everyInvalidValueIsExplainedAndBlocksTheRun() {
        form.latentProperty().set("two");
        form.learningRateProperty().set("0");
        form.epochsProperty().set("-3");
        form.hiddenProperty().set("512,abc");
        TrainFormViewModel.Validation v = form.validate(28, 28, 10);
        assertNull(v.spec());
        assertTrue(v.problems().contains("Latent size must be a whole number"), v.problems().toString());
        assertTrue(v.problems().stream().anyMatch(p -> p.startsWith("Learning rate must be between")));
        assertTrue(v.problems().stream().anyMatch(p -> p.startsWith("Epochs must be between")));
        assertTrue(v.problems().contains("Hidden sizes must be a whole number"));
        assertTrue(form.errorsProperty().get().contains("Latent size"), "errors are shown as they are typed");
    }

    @Test
    void jointTemperatureFloorAboveStartIsRefused() {
        form.kindProperty().set(ModelKind.JOINT_VAE);
        form.temperatureMinProperty().set("2");
        assertTrue(form.validate(28, 28, 10).problems().contains(
                "Lowest temperature must not exceed the start temperature"));
    }

    @Test
    void modelLevelRulesAreReportedInWords() {
        form.kindProperty().set(ModelKind.CONV_VAE);
        TrainFormViewModel.Validation v = form.validate(30, 30, 10);
        assertTrue(v.problems().get(0).contains("divisible by 4"), v.problems().toString());
    }
}
