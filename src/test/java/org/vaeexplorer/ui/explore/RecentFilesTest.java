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
    void newestFirstWithoutDuplicatesBoundedAndRememberedAcrossSessions() {
        Path store = dir.resolve("state").resolve("recent.txt");
        RecentFiles recent = new RecentFiles(store);
        for (int i = 0; i < 10; i++) {
            recent.add(dir.resolve("m" + i + ".vaex"));
        }
        recent.add(dir.resolve("m5.vaex"));
        assertEquals(RecentFiles.MAX, recent.files().size());
        assertEquals(dir.resolve("m5.vaex"), recent.files().get(0));
        assertEquals(1, recent.files().stream().filter(p -> p.endsWith("m5.vaex")).count());

        RecentFiles reopened = new RecentFiles(store);
        assertEquals(recent.files(), reopened.files());
    }

    @Test
    void anUnreadableListStartsEmpty() throws Exception {
        Path store = Files.createDirectories(dir.resolve("is-a-folder"));
        assertTrue(new RecentFiles(store).files().isEmpty());
    }
}
