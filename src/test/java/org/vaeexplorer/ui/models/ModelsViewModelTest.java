package org.vaeexplorer.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.ui.common.InlineExecutor;

class ModelsViewModelTest {
    @TempDir
    Path runs;

    @Test
    void listsShippedModelsAndRunsWithTheirCardsAndFlagsUnreadableFiles() throws Exception {
        Path run = Files.createDirectories(runs.resolve("20261121-101010-vae"));
        Files.copy(Path.of("models", "mnist-vae-2d.vaex"), run.resolve("best.vaex"));
        Files.writeString(run.resolve("epoch-3.vaex"), "not a checkpoint");
        List<Path> opened = new ArrayList<>();
        ModelsViewModel vm = new ModelsViewModel(new InlineExecutor(), () -> List.of(Path.of("models")), runs,
                opened::add);
        vm.refresh();

        int shippedCount = org.vaeexplorer.checkpoint.ShippedModels.list(Path.of("models")).size();
        assertEquals(shippedCount + 2, vm.entries().size(),
                vm.entries().stream().map(e -> e.file().toString()).toList().toString());
        ModelEntry shipped = vm.entries().stream()
                .filter(e -> e.file().getFileName().toString().equals("mnist-vae-2d.vaex")).findFirst().orElseThrow();
        assertEquals("shipped", shipped.origin());
        vm.selectedProperty().set(shipped);
        assertTrue(shipped.readable());
        String card = vm.cardProperty().get();
        assertTrue(card.contains("Latents: 2 continuous"), card);
        // The figure the file records for its last epoch, as the card formats it.
        double nelbo = new org.vaeexplorer.checkpoint.CheckpointStore().peekManifest(shipped.file()).lastTestNelbo();
        assertTrue(card.contains("Test -ELBO: " + String.format(java.util.Locale.ROOT, "%.2f", nelbo)), card);
        assertTrue(card.contains("seed 1"), card);
        assertTrue(card.contains("Likelihood: Bernoulli") && card.contains("grey-level pixels"),
                "engine enums by their bundle names, not BERNOULLI or GREY: " + card);

        ModelEntry broken = vm.entries().stream().filter(e -> !e.readable()).findFirst().orElseThrow();
        assertEquals("run", broken.origin());
        vm.selectedProperty().set(broken);
        assertTrue(vm.cardProperty().get().contains("epoch-3.vaex"), vm.cardProperty().get());
        vm.openSelected();
        assertTrue(opened.isEmpty(), "an unreadable checkpoint is not opened");

        vm.selectedProperty().set(shipped);
        vm.openSelected();
        assertEquals(List.of(shipped.file()), opened);
        assertFalse(vm.headingProperty().get().isEmpty());
    }
}
