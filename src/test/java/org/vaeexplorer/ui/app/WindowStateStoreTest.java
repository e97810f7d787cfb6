package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStateStoreTest {
    @TempDir
    Path dir;

    @Test
    void zoomAndBoundsAreSavedSideBySideWithoutErasingEachOther() throws Exception {
        WindowStateStore store = new WindowStateStore(dir.resolve("state/window.properties"));
        assertTrue(store.loadZoom().isEmpty());
        store.saveZoom(new WindowStateStore.Zoom(1.25, 0.9));
        WindowPlacement.Bounds b = new WindowPlacement.Bounds(10, 20, 1000, 700);
        store.save(new WindowStateStore.Saved(b, true));
        assertEquals(new WindowStateStore.Zoom(1.25, 0.9), store.loadZoom().orElseThrow());
        store.saveZoom(new WindowStateStore.Zoom(2, 1));
        assertEquals(new WindowStateStore.Saved(b, true), store.load().orElseThrow());
        assertEquals(new WindowStateStore.Zoom(2, 1), store.loadZoom().orElseThrow());
    }

    @Test
    void anUnreadableZoomIsIgnored() throws Exception {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, "zoom=huge\npresentationZoom=1\n");
        assertTrue(new WindowStateStore(file).loadZoom().isEmpty());
    }
}
