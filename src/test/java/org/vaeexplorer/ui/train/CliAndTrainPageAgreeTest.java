package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.cli.VaeExplorerCli;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

/** The command line and the Train page train through one service: the same seed gives the same checkpoint. */
class CliAndTrainPageAgreeTest {
    @TempDir
    Path dir;

    @Test
    void aCliRunAndATrainPageRunWithTheSameSeedWriteTheSameModel() throws Exception {
        Path cliFile = dir.resolve("cli.vaex");
        assertEquals(0, VaeExplorerCli.run(new String[] {"train", "--model", "vae", "--dataset", "mnist",
                "--epochs", "2", "--train-limit", "256", "--seed", "5", "--out", cliFile.toString()}));

        TrainingRunViewModel page = new TrainingRunViewModel(new TrainingRunViewModelTest.InlineRunner(),
                new InlineExecutor(), new DatasetCache(), new StatusModel(), dir.resolve("runs"));
        TrainFormViewModel form = new TrainFormViewModel();
        form.epochsProperty().set("2");
        form.trainLimitProperty().set("256");
        form.seedProperty().set("5");
        assertTrue(page.start(form.request(new DatasetCache().get("mnist"), "mnist").orElseThrow()));
        Path pageFile = page.runFolderProperty().get().resolve("last.vaex");

        Checkpoint cli = new CheckpointStore().load(cliFile);
        Checkpoint ui = new CheckpointStore().load(pageFile);
        assertEquals(cli.manifest().model(), ui.manifest().model());
        assertEquals(cli.manifest().training(), ui.manifest().training());
        List<EpochMetrics> a = cli.manifest().metrics();
        List<EpochMetrics> b = ui.manifest().metrics();
        assertEquals(2, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).trainNelbo(), b.get(i).trainNelbo(), "train NELBO of epoch " + (i + 1));
            assertEquals(a.get(i).testNelbo(), b.get(i).testNelbo(), "test NELBO of epoch " + (i + 1));
        }
        float[] z = {0.5f, -1.2f, 1.5f, 0.3f, -0.7f, 2f};
        assertArrayEquals(cli.model().decode(z, new float[0], new float[0], 3),
                ui.model().decode(z, new float[0], new float[0], 3), "the same weights decode the same images");
    }
}
