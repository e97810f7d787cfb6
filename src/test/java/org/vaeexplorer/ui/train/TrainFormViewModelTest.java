package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ObjectiveType;
import org.vaeexplorer.model.settings.ModelSetting;

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
        assertEquals("10", form.text(ModelSetting.DISCRETE).get());
        assertEquals("5", form.text(ModelSetting.CAPACITY).get());
        assertEquals("0.67", form.text(ModelSetting.TEMPERATURE).get());
        assertEquals("64", form.batchSizeProperty().get());
        form.kindProperty().set(ModelKind.BETA_VAE);
        assertEquals("4", form.text(ModelSetting.BETA).get());
        assertEquals(ObjectiveType.BETA, form.validate(28, 28, 10).spec().objective().type());
    }

    @Test
    void theStructuredOutputCvaeReadsItsMasksAndGsnnWeight() {
        form.kindProperty().set(ModelKind.SCVAE);
        assertEquals("0", form.text(ModelSetting.GIVEN_QUADRANTS).get(), "random masks by default");
        assertTrue(form.applies(org.vaeexplorer.model.settings.ModelSetting.GIVEN_QUADRANTS).get());
        assertTrue(!form.applies(org.vaeexplorer.model.settings.ModelSetting.LIKELIHOOD).get(), "Bernoulli is the model's");
        form.text(ModelSetting.GIVEN_QUADRANTS).set("2");
        form.text(ModelSetting.GSNN_WEIGHT).set("0.3");
        var spec = (org.vaeexplorer.model.ModelSpec.Scvae) form.validate(28, 28, 10).spec();
        assertEquals(2, spec.structured().givenQuadrants());
        assertEquals(0.3, spec.structured().gsnnWeight(), 1e-12);
        assertEquals(List.of(500, 500), spec.hidden());
        form.text(ModelSetting.GIVEN_QUADRANTS).set("4");
        TrainFormViewModel.Validation bad = form.validate(28, 28, 10);
        assertNull(bad.spec());
        assertTrue(bad.problems().get(0).contains("Given quadrants"), bad.problems().toString());
    }

    @Test
    void everyInvalidValueIsExplainedAndBlocksTheRun() {
        form.latentProperty().set("two");
        form.learningRateProperty().set("0");
        form.epochsProperty().set("-3");
        form.text(ModelSetting.HIDDEN).set("512,abc");
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
        form.text(ModelSetting.TEMPERATURE_MIN).set("2");
        assertTrue(form.validate(28, 28, 10).problems().contains(
                "Lowest temperature must not exceed the start temperature"));
    }

    @Test
    void modelLevelRulesAreReportedInWords() {
        form.kindProperty().set(ModelKind.CONV_VAE);
        TrainFormViewModel.Validation v = form.validate(30, 30, 10);
        assertTrue(v.problems().get(0).contains("divisible by 4"), v.problems().toString());
    }

    /** The engine's rule comes as a key: the window says it in Chinese, the command line in English. */
    @Test
    void aModelRuleIsSaidInTheWindowsLanguage() {
        org.vaeexplorer.ui.common.I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            form.kindProperty().set(ModelKind.CONV_VAE);
            TrainFormViewModel.Validation v = form.validate(30, 30, 10);
            assertEquals(java.util.List.of("卷积网络要求图像边长能被 4 整除，现在是 30×30"), v.problems());
        } finally {
            org.vaeexplorer.ui.common.I18n.setLocale(java.util.Locale.ENGLISH);
        }
        assertEquals("The conv net needs image sides divisible by 4, got 30x30",
                form.validate(30, 30, 10).problems().get(0));
    }

    /** Issue 15.1: every field, every kind, a table of bad texts: always a message, never an exception. */
    @Test
    void everyBadTextInEveryFieldGivesAMessageNeverAnException() {
        java.util.List<String> badTexts = java.util.Arrays.asList("", " ", "-", "0", "-1", "abc", "1.5.3", "NaN",
                "Infinity", "-Infinity", "1e309", "99999999999999999999", ",", "1,,2", "0x10", null);
        for (ModelKind k : ModelKind.values()) {
            var fields = java.util.List.of(form.latentProperty(), form.text(ModelSetting.HIDDEN), form.text(ModelSetting.DISCRETE),
                    form.text(ModelSetting.BETA), form.text(ModelSetting.CAPACITY), form.text(ModelSetting.CAPACITY_ITERATIONS),
                    form.text(ModelSetting.GAMMA), form.text(ModelSetting.TEMPERATURE), form.text(ModelSetting.TEMPERATURE_MIN),
                    form.text(ModelSetting.ANNEAL_RATE), form.learningRateProperty(), form.batchSizeProperty(),
                    form.epochsProperty(), form.seedProperty(), form.trainLimitProperty());
            for (var field : fields) {
                for (String text : badTexts) {
                    form.kindProperty().set(k);
                    form.applyDefaults(k);
                    String label = k + " field #" + fields.indexOf(field) + " = " + text;
                    field.set(text);
                    TrainFormViewModel.Validation v = org.junit.jupiter.api.Assertions.assertDoesNotThrow(
                            () -> form.validate(28, 28, 10), label);
                    assertTrue(v.spec() == null ? !v.problems().isEmpty() : v.problems().isEmpty(), label);
                    assertEquals(String.join("\n", v.problems()), form.errorsProperty().get(),
                            "the shown errors follow every edit: " + label);
                }
            }
        }
    }

    @Test
    void aZeroOrNegativeBetaIsExplainedAndBlocksStart() {
        form.kindProperty().set(ModelKind.BETA_VAE);
        for (String bad : java.util.List.of("0", "-1", "", "-")) {
            form.text(ModelSetting.BETA).set(bad);
            TrainFormViewModel.Validation v = form.validate(28, 28, 10);
            assertNull(v.spec(), bad);
            assertTrue(v.problems().stream().anyMatch(p -> p.startsWith("Beta must be")), bad + ": " + v.problems());
            assertTrue(form.errorsProperty().get().contains("Beta"), bad);
        }
    }

    @Test
    void aModelTooLargeToTrainIsRefusedWithItsNumbers() {
        form.latentProperty().set("512");
        form.text(ModelSetting.HIDDEN).set("8192,8192,8192");
        form.batchSizeProperty().set("4096");
        TrainFormViewModel.Validation v = form.validate(28, 28, 10);
        assertNull(v.spec());
        assertTrue(v.problems().get(0).contains("parameters"), v.problems().toString());
        form.text(ModelSetting.HIDDEN).set("8192");
        form.latentProperty().set("2");
        form.batchSizeProperty().set("128");
        assertEquals(List.of(), form.validate(28, 28, 10).problems(), "a large but trainable model is allowed");
    }

    @Test
    void theDatasetsShapeAndClassCountReplaceTheDefaults() {
        form.kindProperty().set(ModelKind.JOINT_VAE);
        form.setImageShape(32, 32, 47);
        assertEquals("47", form.text(ModelSetting.DISCRETE).get(), "one category per class of the loaded dataset");
        form.kindProperty().set(ModelKind.CONV_VAE);
        form.setImageShape(30, 30, 10);
        assertTrue(form.errorsProperty().get().contains("divisible by 4"), form.errorsProperty().get());
    }
}
