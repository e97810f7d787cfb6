package org.vaeexplorer.ui.models;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.cli.VaeExplorerCli;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.InlineExecutor;

/**
 * The Models page's sample quality: a hint until asked, then the figures with the classifier named and the
 * distance never called an FID, in either language; a model that completes images says why it has none.
 */
class SampleQualityViewModelTest {
    @TempDir
    Path models;
    private final String property = System.getProperty("vae.models");

    @AfterEach
    void restore() {
        if (property == null) {
            System.clearProperty("vae.models");
        } else {
            System.setProperty("vae.models", property);
        }
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void measuresTheShownCheckpointOnRequest() throws Exception {
        Path cvae = Files.copy(Path.of("models", "mnist-cvae-2d.vaex"), models.resolve("mnist-cvae-2d.vaex"));
        Path scvae = Files.copy(Path.of("models", "mnist-scvae.vaex"), models.resolve("mnist-scvae.vaex"));
        assertTrue(VaeExplorerCli.run(new String[] {"train-classifier", "--dataset", "mnist", "--epochs", "1",
                "--train-limit", "500", "--test-limit", "200", "--batch", "50",
                "--out", models.resolve("mnist-classifier.vaexc").toString()}) == 0);
        System.setProperty("vae.models", models.toString());
        SampleQualityViewModel vm = new SampleQualityViewModel(new InlineExecutor(), 500);
        I18n.setLocale(Locale.ENGLISH);
        assertFalse(vm.canMeasure(), "nothing shown, nothing to measure");
        vm.show(entry(cvae));
        assertTrue(vm.textProperty().get().contains("Sample quality\u2026"), vm.textProperty().get());
        vm.measure();
        String text = vm.textProperty().get();
        assertTrue(text.contains("Label accuracy") && text.contains("Frechet distance")
                && text.contains("mnist-classifier.vaexc") && text.contains("never with an FID"), text);
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        vm.retranslate();
        assertTrue(vm.textProperty().get().contains("标签准确率"), vm.textProperty().get());
        vm.show(entry(scvae));
        vm.measure();
        assertTrue(vm.textProperty().get().contains("补全"), vm.textProperty().get());
        vm.show(entry(cvae));
        assertTrue(vm.textProperty().get().contains("Frechet"), "the figures are remembered per file");
    }

    private static ModelEntry entry(Path file) throws Exception {
        return new ModelEntry(file, "shipped", new CheckpointStore().peekManifest(file), null);
    }
}
