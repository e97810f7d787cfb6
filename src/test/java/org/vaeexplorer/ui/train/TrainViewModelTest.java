package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.ui.common.FixedDialogService;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

class TrainViewModelTest {
    @TempDir
    Path dir;
    private final TrainingRunViewModelTest.HeldRunner runner = new TrainingRunViewModelTest.HeldRunner();
    private final FixedDialogService dialogs = new FixedDialogService();

    private TrainViewModel viewModel() {
        StatusModel status = new StatusModel();
        DatasetCache cache = new DatasetCache();
        return new TrainViewModel(new DatasetViewModel(new InlineExecutor(), cache, status), new TrainFormViewModel(),
                new TrainingRunViewModel(runner, new InlineExecutor(), cache, status, dir.resolve("runs")), dialogs);
    }

    @Test
    void badEpochsTextStopsAResumeWithAMessageInsteadOfTrainingTen() {
        TrainViewModel vm = viewModel();
        vm.form().epochsProperty().set("ten");
        dialogs.answer(dir.resolve("last.vaex"));
        assertFalse(vm.resumeFromChosenCheckpoint());
        assertEquals(0, runner.started, "nothing may start");
        assertTrue(vm.run().errorProperty().get().contains("'ten'"), vm.run().errorProperty().get());
        assertEquals(I18n.text("train.resumeFrom.title"), dialogs.titles().get(0));
    }

    @Test
    void exportsGoThroughTheDialogServiceAndReportWhatIsMissing() throws Exception {
        TrainViewModel vm = viewModel();
        Path csv = dir.resolve("history.csv");
        dialogs.answer(csv);
        vm.exportHistory();
        assertTrue(Files.readString(csv).startsWith("epoch,"), "the CSV was written where the person chose");

        vm.exportGrid();
        assertEquals(I18n.text("train.export.noGrid"), vm.run().errorProperty().get());
        assertEquals(1, dialogs.titles().size(), "no dialog when there is nothing to export");

        Path blocked = Files.createDirectories(dir.resolve("a-folder.csv"));
        dialogs.answer(blocked);
        vm.exportHistory();
        assertTrue(vm.run().errorProperty().get().startsWith("Could not write"), vm.run().errorProperty().get());

        vm.exportHistory();
        assertEquals(3, dialogs.titles().size(), "a cancelled dialog writes nothing and says nothing");
    }

    @Test
    void startSaysWhyItCannotRun() {
        TrainViewModel vm = viewModel();
        assertEquals(I18n.text("train.start.noDataset"), vm.startHint().get());
        assertFalse(vm.start());
        assertEquals(I18n.text("train.error.noDataset"), vm.form().errorsProperty().get());
    }

    @Test
    void anOpenedFolderBecomesTheSelectedDataset() {
        TrainViewModel vm = viewModel();
        dialogs.answer(dir);
        vm.openDatasetFolder();
        assertEquals(dir.toAbsolutePath().toString(), vm.dataset().selectedProperty().get().key());
        assertFalse(vm.dataset().errorProperty().get().isEmpty(), "an empty folder is not a dataset");
    }

    @Test
    void theFormChecksTheLoadedDatasetsImageShape() throws Exception {
        TrainViewModel vm = viewModel();
        vm.form().kindProperty().set(org.vaeexplorer.model.ModelKind.CONV_VAE);
        assertEquals("", vm.form().errorsProperty().get(), "28x28 before any dataset: the conv net fits");
        Path folder = Files.createDirectories(dir.resolve("odd"));
        writeIdx(folder.resolve("train-images-idx3-ubyte"), 0x803, 6, 13, 17);
        writeIdx(folder.resolve("t10k-images-idx3-ubyte"), 0x803, 3, 13, 17);
        writeIdx(folder.resolve("train-labels-idx1-ubyte"), 0x801, 6);
        writeIdx(folder.resolve("t10k-labels-idx1-ubyte"), 0x801, 3);
        vm.dataset().openFolder(folder);
        assertTrue(vm.form().errorsProperty().get().contains("divisible by 4"), vm.form().errorsProperty().get());
    }

    @Test
    void aCheckpointIsExportedForExploringThroughTheDialogsInTheBackground() throws Exception {
        TrainViewModel vm = viewModel();
        org.vaeexplorer.model.ModelSpec spec = org.vaeexplorer.model.ModelKind.VAE.defaultSpec(28, 28, 10);
        org.vaeexplorer.model.VaeModel model = org.vaeexplorer.model.VaeModel.create(spec, 1, 1e-3);
        model.fit(new org.vaeexplorer.model.Batch(new float[2 * 784], 2, new int[2]),
                org.vaeexplorer.model.NoiseSource.seeded(1), org.vaeexplorer.model.Schedules.at(spec, 0));
        org.vaeexplorer.training.TrainingSettings settings = new org.vaeexplorer.training.TrainingSettings(1, 2,
                1e-3, 1, org.vaeexplorer.data.PixelScaling.GREY, 0, 0);
        Path from = dir.resolve("last.vaex");
        new org.vaeexplorer.checkpoint.CheckpointStore().save(from, org.vaeexplorer.checkpoint.Manifests.of(spec,
                new org.vaeexplorer.checkpoint.DatasetInfo("mnist", "mnist", 28, 28,
                        org.vaeexplorer.data.PixelScaling.GREY, org.vaeexplorer.data.DatasetLoader.DIGITS, 2, 2),
                settings, new org.vaeexplorer.training.TrainingState(1, 1, java.util.List.of()), "test"), model);
        Path to = dir.resolve("small.vaex");
        dialogs.answer(from).answer(to);
        vm.exportCheckpointForExploring();
        var exported = new org.vaeexplorer.checkpoint.CheckpointStore().load(to);
        assertFalse(exported.canResume(), "written without the optimiser's state");
        assertTrue(Files.size(to) < Files.size(from), Files.size(to) + " of " + Files.size(from));
        assertEquals(java.util.List.of(I18n.text("train.export.checkpoint.pick"),
                I18n.text("train.export.checkpoint.title")), dialogs.titles());
    }

    @Test
    void exportingNeverWritesOverItsSourceAndAsksBeforeReplacingAnotherCheckpoint() throws Exception {
        TrainViewModel vm = viewModel();
        Path from = Files.copy(org.vaeexplorer.checkpoint.ShippedModels.defaultModel().orElseThrow(),
                dir.resolve("source.vaex"));
        byte[] source = Files.readAllBytes(from);
        dialogs.answer(from).answer(dir.resolve(".").resolve("source.vaex"));
        vm.exportCheckpointForExploring();
        assertEquals(I18n.text("train.export.checkpoint.sameFile", "source.vaex"), vm.run().errorProperty().get());
        assertArrayEquals(source, Files.readAllBytes(from));

        Path other = Files.writeString(dir.resolve("other.vaex"), "someone's model");
        dialogs.answer(from).answer(other).answerQuestion(false);
        vm.exportCheckpointForExploring();
        assertEquals("someone's model", Files.readString(other), "kept when the person says no");
        assertTrue(dialogs.titles().contains(I18n.text("train.export.checkpoint.replace.title")));

        dialogs.answer(from).answer(other).answerQuestion(true);
        vm.exportCheckpointForExploring();
        assertFalse(new org.vaeexplorer.checkpoint.CheckpointStore().load(other).canResume(), "replaced on yes");
    }

    /** A minimal IDX file: magic, count, then for images rows and cols, then zero bytes. */
    private static void writeIdx(Path file, int magic, int count, int... sides) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        int per = 1;
        for (int side : sides) {
            out.writeInt(side);
            per *= side;
        }
        out.write(new byte[count * per]);
        Files.write(file, bytes.toByteArray());
    }
}
