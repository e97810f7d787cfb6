package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void newestFirstWithoutDuplicatesBoundedAndRememberedAcrossSessions() throws Exception {
        Path store = dir.resolve("state").resolve("recent.txt");
        RecentFiles recent = new RecentFiles(store);
        for (int i = 0; i < 10; i++) {
            recent.add(Files.createFile(dir.resolve("m" + i + ".vaex")));
        }
        recent.add(dir.resolve("m5.vaex"));
        assertEquals(RecentFiles.MAX, recent.files().size());
        assertEquals(dir.resolve("m5.vaex"), recent.files().get(0));
        assertEquals(1, recent.files().stream().filter(p -> p.endsWith("m5.vaex")).count());

        RecentFiles reopened = new RecentFiles(store);
        assertEquals(recent.files(), reopened.files());
    }

    @Test
    void filesThatAreGoneAreDroppedWhenTheListIsRead() throws Exception {
        Path store = dir.resolve("recent.txt");
        Path kept = Files.createFile(dir.resolve("kept.vaex"));
        Path gone = Files.createFile(dir.resolve("gone.vaex"));
        RecentFiles recent = new RecentFiles(store);
        recent.add(kept);
        recent.add(gone);
        Files.delete(gone);
        assertEquals(java.util.List.of(kept), new RecentFiles(store).files());
    }

    @Test
    void aFileThatFailsToOpenBecauseItIsGoneLeavesTheList() throws Exception {
        Path gone = Files.createFile(dir.resolve("moved-away.vaex"));
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"));
        recent.add(gone);
        Files.delete(gone);
        ExploreViewModel explore = new ExploreViewModel(new org.vaeexplorer.ui.common.InlineExecutor(), Runnable::run,
                new org.vaeexplorer.ui.common.StatusModel(), new org.vaeexplorer.data.DatasetCache(), recent);
        explore.open(gone);
        explore.close();
        assertTrue(recent.files().isEmpty(), recent.files().toString());
    }

    @Test
    void anUnreadableListStartsEmpty() throws Exception {
        Path store = Files.createDirectories(dir.resolve("is-a-folder"));
        assertTrue(new RecentFiles(store).files().isEmpty());
    }
}
