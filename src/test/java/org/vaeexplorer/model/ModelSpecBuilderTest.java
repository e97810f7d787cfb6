package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.settings.ModelSetting;

class ModelSpecBuilderTest {
    @Test
    void defaultsAreEachPapersSettings() {
        ModelSpec vae = ModelSpecBuilder.of(ModelKind.VAE).build();
        assertEquals(List.of(512), vae.hidden());
        assertEquals(2, vae.latentDim());
        assertEquals(ObjectiveType.ELBO, vae.objective().type());
        ModelSpec conv = ModelSpecBuilder.of(ModelKind.CONV_VAE).build();
        assertEquals(Backbone.CONV, conv.backbone());
        assertEquals(KlEstimator.MONTE_CARLO, conv.klEstimator());
        assertTrue(ModelSpecBuilder.of(ModelKind.CVAE).build().conditional());
        ModelSpec joint = ModelSpecBuilder.of(ModelKind.JOINT_VAE).build();
        assertEquals(List.of(512, 256), joint.hidden());
        assertEquals(ObjectiveType.JOINT_CAPACITY, joint.objective().type());
        assertEquals(0.67, joint.temperature().start());
        assertEquals(4.0, ModelSpecBuilder.of(ModelKind.BETA_VAE).build().objective().beta());
    }

    @Test
    void theShapeAndClassesComeFromTheDataset() {
        ModelSpec joint = ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(32, 20, 47).build();
        assertEquals(32, joint.rows());
        assertEquals(20, joint.cols());
        assertEquals(47, joint.numClasses());
        assertEquals(List.of(47), joint.categories(), "one category per class unless set");
        assertEquals(ModelKind.JOINT_VAE.defaultSpec(32, 20, 47), joint, "defaultSpec goes through the builder");
    }

    @Test
    void namedSettersOverrideTheDefaults() {
        ModelSpec s = ModelSpecBuilder.of(ModelKind.VAE).hidden(List.of(64, 32)).latent(5)
                .likelihood(Likelihood.GAUSSIAN_FIXED).gaussianSigma(0.2).klEstimator(KlEstimator.MONTE_CARLO).build();
        assertEquals(List.of(64, 32), s.hidden());
        assertEquals(5, s.latentDim());
        assertEquals(Likelihood.GAUSSIAN_FIXED, s.likelihood());
        assertEquals(0.2, s.gaussianSigma());
        assertEquals(KlEstimator.MONTE_CARLO, s.klEstimator());
    }

    @Test
    void theConvBackboneDropsHiddenWidthsAndDiscreteLatentsGetATemperature() {
        ModelSpec conv = ModelSpecBuilder.of(ModelKind.CVAE).hidden(List.of(99)).backbone(Backbone.CONV).build();
        assertEquals(List.of(), conv.hidden());
        ModelSpec withCats = ModelSpecBuilder.of(ModelKind.VAE).categories(List.of(4)).build();
        assertEquals(0.67, withCats.temperature().start());
        assertNull(ModelSpecBuilder.of(ModelKind.VAE).temperature(new TemperatureSchedule(1, 1, 0)).build()
                .temperature(), "no categorical latent, no temperature");
    }

    @Test
    void whichSettingsAKindReadsIsModelSettings() {
        assertTrue(ModelSpecBuilder.of(ModelKind.BETA_VAE).reads(ModelSetting.BETA));
        assertFalse(ModelSpecBuilder.of(ModelKind.VAE).reads(ModelSetting.BETA));
        assertFalse(ModelSpecBuilder.of(ModelKind.CONV_VAE).reads(ModelSetting.HIDDEN));
        assertEquals(ModelSetting.of(ModelKind.JOINT_VAE), ModelSpecBuilder.of(ModelKind.JOINT_VAE).settings());
    }

    @Test
    void invalidCombinationsAreRefusedInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelSpecBuilder.of(ModelKind.CONV_VAE).images(30, 30, 10).build());
        assertTrue(e.getMessage().contains("divisible by 4"), e.getMessage());
    }

    @Test
    void theSizeCheckRefusesTheIssuesModelWithoutBuildingIt() {
        ModelSpec huge = ModelSpecBuilder.of(ModelKind.VAE).latent(512).hidden(List.of(8192, 8192, 8192)).build();
        ModelSize size = ModelSize.of(huge, 4096);
        assertTrue(size.parameters() > 280_000_000L && size.parameters() < 300_000_000L, "" + size.parameters());
        assertTrue(size.problem().orElseThrow().contains("parameters"), size.problem().orElseThrow());
        ModelSpec wide = ModelSpecBuilder.of(ModelKind.VAE).hidden(List.of(8192, 8192)).build();
        assertTrue(ModelSize.of(wide, 4096).problem().orElseThrow().contains("GB"), "activations at batch 4096");
        assertTrue(ModelSize.of(wide, 64).problem().isEmpty(), "the same model at batch 64 fits");
        // The run service refuses by the form's keys, so a window says it in its own language.
        assertEquals("train.form.tooManyParameters", size.refusal().orElseThrow().text().key());
        assertEquals(List.of(size.parameters(), ModelSize.MAX_PARAMETERS), size.refusal().orElseThrow().text().args());
        assertEquals("train.form.tooMuchMemory", ModelSize.of(wide, 4096).refusal().orElseThrow().text().key());
        // 784-512-2 MLP VAE: 784*512+512 + 512*4+4 + 2*512+512 + 512*784+784 parameters.
        assertEquals(784L * 512 + 512 + 512 * 4 + 4 + 2 * 512 + 512 + 512L * 784 + 784,
                ModelSize.of(ModelKind.VAE.defaultSpec(28, 28, 10), 128).parameters());
        for (ModelKind k : ModelKind.values()) {
            if (k.equals(org.vaeexplorer.model.family.CvaeGan.KIND)) {
                // Four conv nets, D and C run on three and two images per image: about 2.5 times the conv VAE's
                // activations, which at 4096 already takes nearly all of the 3 GB allowed.
                ModelSpec gan = k.defaultSpec(28, 28, 10);
                assertTrue(ModelSize.of(gan, 1024).problem().isEmpty(), k + " defaults fit at batch 1024");
                assertEquals("train.form.tooMuchMemory", ModelSize.of(gan, 4096).refusal().orElseThrow().text()
                        .key());
                continue;
            }
            assertTrue(ModelSize.of(k.defaultSpec(28, 28, 10), 4096).problem().isEmpty(), k + " defaults fit");
        }
    }
}
