package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.ui.common.FixedDialogService;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

class ExploreFilesViewModelTest {
    @TempDir
    Path dir;
    private ExploreViewModel explore;

    @org.junit.jupiter.api.BeforeEach
    void create() {
        explore = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(), new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
    }

    @AfterEach
    void close() {
        explore.close();
    }

    @Test
    void theOpenDialogOpensTheChosenCheckpointAndCancelDoesNothing() {
        FixedDialogService dialogs = new FixedDialogService().answer(null).answer(ExploreFixtures.SHIPPED);
        ExploreFilesViewModel files = new ExploreFilesViewModel(explore, dialogs);
        files.openCheckpoint();
        assertEquals(null, explore.sessionProperty().get(), "cancelled");
        files.openCheckpoint();
        assertEquals(2, explore.sessionProperty().get().spec().latentDim());
        assertEquals(2, dialogs.titles().size());
    }

    @Test
    void exportsWriteTheFileChosenAndAFailureBecomesTheError() throws Exception {
        explore.open(ExploreFixtures.SHIPPED);
        Path csv = dir.resolve("codes.csv");
        Path notAFolder = Files.writeString(dir.resolve("file"), "x").resolve("codes.csv");
        ExploreFilesViewModel files = new ExploreFilesViewModel(explore,
                new FixedDialogService().answer(csv).answer(notAFolder));
        files.exportCodes();
        assertTrue(Files.size(csv) > 1000, "the test set's codes are written");
        assertEquals("", explore.errorProperty().get());
        files.exportCodes();
        assertTrue(explore.errorProperty().get().startsWith("Could not write"), explore.errorProperty().get());
    }

    @Test
    void theClustersTextSaysWhyAModelWithoutADiscreteLatentHasNone() {
        explore.open(ExploreFixtures.SHIPPED);
        String text = ExploreTexts.clusters(explore.sessionProperty().get(), null, 0);
        assertTrue(text.contains("discrete latent"), text);
    }
}
