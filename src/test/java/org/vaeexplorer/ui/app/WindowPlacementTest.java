package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.ui.app.WindowPlacement.Bounds;

class WindowPlacementTest {
    private static final Bounds HD = new Bounds(0, 0, 1280, 720);
    private static final Bounds FULL_HD = new Bounds(0, 0, 1920, 1080);

    @Test
    void withoutSavedBoundsTheWindowFitsTheScreenItOpensOn() {
        Bounds small = WindowPlacement.place(List.of(HD), Optional.empty());
        assertEquals(new Bounds(0, 0, 1280, 720), small, "1280x720: the whole screen, not 820 high at y = -33");
        Bounds large = WindowPlacement.place(List.of(FULL_HD), Optional.empty());
        assertEquals(new Bounds(320, 130, 1280, 820), large, "1920x1080: the preferred size, centred");
        Bounds withPanel = WindowPlacement.place(List.of(new Bounds(0, 30, 1280, 690)), Optional.empty());
        assertEquals(new Bounds(0, 30, 1280, 690), withPanel, "a panel's strip stays free");
    }

    @Test
    void savedBoundsAreRestoredOnlyWhenTheyStillFitAScreen() {
        Bounds saved = new Bounds(100, 50, 1500, 900);
        assertEquals(saved, WindowPlacement.place(List.of(FULL_HD), Optional.of(saved)));
        assertEquals(new Bounds(0, 0, 1280, 720), WindowPlacement.place(List.of(HD), Optional.of(saved)),
                "saved on a larger screen: placed afresh");
        Bounds onSecond = new Bounds(2000, 100, 1200, 800);
        assertEquals(onSecond, WindowPlacement.place(List.of(FULL_HD, new Bounds(1920, 0, 1920, 1080)),
                Optional.of(onSecond)), "a window left on the second screen stays there");
        assertEquals(new Bounds(320, 130, 1280, 820),
                WindowPlacement.place(List.of(FULL_HD), Optional.of(new Bounds(-40, -33, 1280, 820))),
                "partly off-screen: placed afresh");
        assertEquals(new Bounds(320, 130, 1280, 820),
                WindowPlacement.place(List.of(FULL_HD), Optional.of(new Bounds(10, 10, 300, 200))),
                "smaller than usable: placed afresh");
    }

    @Test
    void theMinimumNeverExceedsTheScreen() {
        assertEquals(WindowPlacement.MIN_WIDTH, WindowPlacement.minimumWidth(FULL_HD));
        assertEquals(800, WindowPlacement.minimumWidth(new Bounds(0, 0, 800, 600)));
        assertTrue(WindowPlacement.minimumHeight(HD) <= HD.height());
    }
}
