package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

/**
 * Issue 27, defect 8: completing a drawing with the structured-output CVAE, the user chooses which quadrants count as
 * given; until they do, the quadrants holding ink are given.
 */
class ChosenQuadrantsTest {
    @TempDir
    Path dir;
    private ExploreViewModel explore;
    private DrawViewModel draw;

    @AfterEach
    void close() {
        draw.close();
        explore.close();
    }

    @Test
    void theInkedQuadrantsAreGivenUntilTheUserChoosesAndTheChoiceHoldsUntilThePadIsCleared() throws Exception {
        explore = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(), new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
        draw = DrawViewModel.of(explore, Runnable::run);
        explore.open(Path.of("models", "mnist-scvae.vaex"));
        // A flat bar with a hook (as DrawViewModelTest's): it does not ink all four quadrants.
        stroke(0.15, 0.2, 0.85, 0.2, 0.85, 0.32);
        boolean[] inked = latest().completion().givenQuadrants();
        assertFalse(inked[0] && inked[1] && inked[2] && inked[3]);
        assertArrayEquals(inked, draw.givenQuadrants(), "at first the inked quadrants are given");
        assertFalse(draw.quadrantsChosen());

        int hidden = inked[3] ? (inked[2] ? (inked[1] ? 0 : 1) : 2) : 3;
        boolean[] chosen = inked.clone();
        chosen[hidden] = true;
        draw.setGivenQuadrant(hidden, true);
        assertArrayEquals(chosen, latest().completion().givenQuadrants(), "the quadrant the user added is given");
        assertTrue(draw.quadrantsChosen());

        // More ink elsewhere does not change the user's choice.
        stroke(0.2, 0.9, 0.8, 0.9);
        assertArrayEquals(chosen, latest().completion().givenQuadrants(), "a new stroke keeps the choice");

        draw.clear();
        stroke(0.15, 0.2, 0.85, 0.2, 0.85, 0.32);
        assertArrayEquals(inked, latest().completion().givenQuadrants(), "a cleared pad goes back to the ink");
        assertEquals(false, draw.quadrantsChosen());
    }

    private void stroke(double... xy) {
        draw.beginStroke(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            draw.extendStroke(xy[i], xy[i + 1]);
        }
        draw.endStroke();
    }

    private DrawnDigit latest() throws InterruptedException {
        ExploreViewModelTest.await(() -> draw.isUpToDate());
        return draw.resultProperty().get();
    }
}
