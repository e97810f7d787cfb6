package org.vaeexplorer.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.CheckpointManifest;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.Provenance;
import org.vaeexplorer.platform.Trash;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.ui.common.FixedDialogService;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.InlineExecutor;

class ModelsViewModelTest {
    private static final Path SHIPPED = Path.of("models", "mnist-vae-2d.vaex");
    @TempDir
    Path home;
    private final FixedDialogService dialogs = new FixedDialogService();

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private Path runs() {
        return home.resolve("runs");
    }

    private ModelsViewModel viewModel(Trash trash, Predicate<Path> inUse, List<Path> opened) {
        return new ModelsViewModel(new InlineExecutor(), () -> List.of(Path.of("models")), runs(), opened::add,
                dialogs, trash, inUse);
    }

    private ModelsViewModel viewModel() {
        return viewModel(homeTrash(), p -> false, new ArrayList<>());
    }

    private Trash homeTrash() {
        return new Trash(home.resolve(".local/share/Trash"), LocalDateTime::now);
    }

    /** A run folder as the Train page leaves it: best, last and the last three epochs. */
    private Path run(String name) throws Exception {
        Path run = Files.createDirectories(runs().resolve(name));
        for (String f : List.of("best.vaex", "last.vaex", "epoch-4.vaex", "epoch-5.vaex", "epoch-6.vaex")) {
            Files.copy(SHIPPED, run.resolve(f));
        }
        return run;
    }

    @Test
    void listsShippedModelsAndRunsWithTheirCardsAndFlagsUnreadableFiles() throws Exception {
        Path run = Files.createDirectories(runs().resolve("20261121-101010-vae"));
        Files.copy(SHIPPED, run.resolve("best.vaex"));
        Files.writeString(run.resolve("epoch-3.vaex"), "not a checkpoint");
        List<Path> opened = new ArrayList<>();
        ModelsViewModel vm = viewModel(homeTrash(), p -> false, opened);
        vm.refresh();

        int shippedCount = org.vaeexplorer.checkpoint.ShippedModels.list(Path.of("models")).size();
        assertEquals(shippedCount + 2, vm.entries().size(),
                vm.entries().stream().map(e -> e.file().toString()).toList().toString());
        ModelEntry shipped = vm.entries().stream()
                .filter(e -> e.file().getFileName().toString().equals("mnist-vae-2d.vaex")).findFirst().orElseThrow();
        assertEquals("shipped", shipped.origin());
        vm.selectEntry(shipped);
        assertTrue(shipped.readable());
        String card = vm.cardProperty().get();
        assertTrue(card.contains("Latents: 2 continuous"), card);
        // The figure the file records for its last epoch, as the card formats it.
        double nelbo = new CheckpointStore().peekManifest(shipped.file()).lastTestNelbo();
        assertTrue(card.contains("Test -ELBO: " + String.format(Locale.ROOT, "%.2f", nelbo)), card);
        assertTrue(card.contains("seed 1"), card);
        assertTrue(card.contains("Likelihood: Bernoulli") && card.contains("grey-level pixels"),
                "engine enums by their bundle names, not BERNOULLI or GREY: " + card);

        ModelEntry broken = vm.entries().stream().filter(e -> !e.readable()).findFirst().orElseThrow();
        assertEquals("run", broken.origin());
        vm.selectEntry(broken);
        assertTrue(vm.cardProperty().get().contains("epoch-3.vaex"), vm.cardProperty().get());
        vm.openSelected();
        assertTrue(opened.isEmpty(), "an unreadable checkpoint is not opened");

        vm.selectEntry(shipped);
        vm.openSelected();
        assertEquals(List.of(shipped.file()), opened);
        assertFalse(vm.headingProperty().get().isEmpty());
    }

    @Test
    void eachRunIsOneGroupShowingItsBestAndLastWithItsEpochsFoldedNewestRunFirst() throws Exception {
        run("20261206-101010-vae");
        run("20261206-121212-cvae");
        ModelsViewModel vm = viewModel();
        vm.refresh();

        assertEquals(3, vm.groups().size(), "the shipped group and two runs, not 10 rows of runs");
        ModelGroup shipped = vm.groups().get(0);
        assertTrue(shipped.shipped());
        assertEquals("Shipped with the app", ModelRows.name(shipped));
        ModelGroup newest = vm.groups().get(1);
        assertEquals("20261206-121212-cvae", ModelRows.name(newest));
        assertEquals("20261206-101010-vae", ModelRows.name(vm.groups().get(2)));
        assertEquals(List.of("best.vaex", "last.vaex"), names(newest.shown()));
        assertEquals(List.of("epoch-6.vaex", "epoch-5.vaex", "epoch-4.vaex"), names(newest.folded()));
        assertEquals("Earlier epochs (3)", ModelRows.name(new ModelRows.Folded(newest)));
        assertEquals("best.vaex", newest.primary().file().getFileName().toString());
        assertTrue(vm.headingProperty().get().startsWith(vm.entries().size() + " checkpoints: the shipped ones, and 2 runs"),
                vm.headingProperty().get());

        vm.selectGroup(newest);
        assertEquals(newest.primary(), vm.selectedProperty().get(), "a run's card and Open are its best checkpoint's");
        assertTrue(vm.canDelete().get());
        vm.selectGroup(shipped);
        assertFalse(vm.canDelete().get(), "the shipped checkpoints are not the user's to delete");
    }

    @Test
    void aRunGoesToTheTrashOnlyAfterTheUserSaysYes() throws Exception {
        Path run = run("20261206-101010-vae");
        ModelsViewModel vm = viewModel();
        vm.refresh();
        ModelGroup group = vm.groups().get(1);
        vm.selectGroup(group);

        dialogs.answerQuestion(false);
        vm.deleteSelected();
        assertTrue(Files.isDirectory(run), "no: nothing is deleted");
        assertEquals(List.of("Move the run 20261206-101010-vae and its 5 checkpoints to the trash? You can restore it"
                + " from there. / Move to trash"), dialogs.questions());

        dialogs.answerQuestion(true);
        vm.deleteSelected();
        assertFalse(Files.exists(run));
        Path trashed = home.resolve(".local/share/Trash/files/20261206-101010-vae");
        assertTrue(Files.exists(trashed.resolve("best.vaex")), "the whole run is in the trash");
        assertTrue(Files.readString(home.resolve(".local/share/Trash/info/20261206-101010-vae.trashinfo"))
                .contains("Path=" + run.toAbsolutePath()));
        assertEquals(1, vm.groups().size(), "the list was refreshed: only the shipped group is left");
        assertEquals("Moved 20261206-101010-vae to the trash.", vm.messageProperty().get());
        assertEquals(List.of("Delete", "Delete"), dialogs.titles());
    }

    @Test
    void oneCheckpointOfARunCanGoToTheTrashAndTheRestStays() throws Exception {
        Path run = run("20261206-101010-vae");
        ModelsViewModel vm = viewModel();
        vm.refresh();
        ModelEntry epoch5 = vm.groups().get(1).folded().get(1);
        vm.selectEntry(epoch5);

        dialogs.answerQuestion(true);
        vm.deleteSelected();

        assertFalse(Files.exists(run.resolve("epoch-5.vaex")));
        assertTrue(Files.exists(home.resolve(".local/share/Trash/files/epoch-5.vaex")));
        assertEquals(List.of("epoch-6.vaex", "epoch-4.vaex"), names(vm.groups().get(1).folded()));
        assertEquals(run, vm.selectedGroupProperty().get().folder(), "its run stays selected");
    }

    @Test
    void withoutATrashTheQuestionSaysTheDeletionIsPermanent() throws Exception {
        Path run = run("20261206-101010-vae");
        ModelsViewModel vm = viewModel(new Trash(null, LocalDateTime::now), p -> false, new ArrayList<>());
        vm.refresh();
        vm.selectGroup(vm.groups().get(1));

        dialogs.answerQuestion(true);
        vm.deleteSelected();

        assertTrue(dialogs.questions().get(0).contains("Delete the run and its 5 checkpoints permanently? This"
                + " cannot be undone. / Delete permanently"), dialogs.questions().toString());
        assertFalse(Files.exists(run));
        assertEquals("Deleted 20261206-101010-vae.", vm.messageProperty().get());
    }

    @Test
    void theRunTrainingNowIsNotDeletedAndNothingIsAsked() throws Exception {
        Path run = run("20261206-101010-vae");
        ModelsViewModel vm = viewModel(homeTrash(), p -> p.equals(run), new ArrayList<>());
        vm.refresh();
        vm.selectGroup(vm.groups().get(1));

        vm.deleteSelected();

        assertTrue(Files.isDirectory(run));
        assertEquals(List.of(), dialogs.questions());
        assertTrue(vm.messageProperty().get().contains("training now"), vm.messageProperty().get());
    }

    @Test
    void theCardSaysHowManyImagesTheRunUsedAndTranslatesTheTrainPagesCommand() throws Exception {
        CheckpointManifest shipped = new CheckpointStore().peekManifest(SHIPPED);
        TrainingSettings t = shipped.training();
        CheckpointManifest limited = new CheckpointManifest(shipped.format(), shipped.formatVersion(),
                shipped.model(), shipped.dataset(), new TrainingSettings(t.epochs(), t.batchSize(), t.learningRate(),
                t.seed(), t.scaling(), 10_000, 0), shipped.epochsDone(), shipped.iteration(), shipped.metrics(),
                new Provenance("1.0", "2026-12-06T21:00:00Z", "17", "Linux", "cpu", Provenance.TRAIN_PAGE));

        String card = ModelCard.describe(limited);

        assertTrue(card.contains("10,000 training and 10,000 test images, of the 60,000 and 10,000 it holds"), card);
        assertFalse(card.contains("60,000 training"), card);
        assertTrue(card.contains("Command: VAE Explorer (Train page)"), card);
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        String chinese = ModelCard.describe(limited);
        assertTrue(chinese.contains("10,000 张训练图像") && chinese.contains("命令：VAE Explorer（训练页面）"), chinese);
    }

    private static List<String> names(List<ModelEntry> entries) {
        return entries.stream().map(e -> e.file().getFileName().toString()).toList();
    }
}
