package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 27, defect 8: with the structured-output CVAE (its plane reaches +-12 and, on a wide canvas, +-15) the
 * plane's numbers overlapped, -12 of the y axis on -15 of the x axis in the bottom-left corner. No two numbers may
 * overlap, at any size and zoom.
 */
class PlaneAxesTest {
    /** About what an 11 px sans-serif digit or minus sign takes. */
    private static double width(String text, double u) {
        return 6.5 * u * text.length();
    }

    @Test
    void noTwoNumbersOfThePlaneOverlapWhateverItsSizeRangeOrZoom() {
        for (double u : new double[] {1, 1.5, 2}) {
            for (double[] size : new double[][] {{620, 420}, {420, 620}, {900, 480}, {300, 300}, {1200, 800}}) {
                for (double extent : new double[] {3.675, 6, 12}) {
                    PlaneTransform t = new PlaneTransform(size[0] * u, size[1] * u, extent);
                    List<PlaneAxes.Tick> ticks = PlaneAxes.of(t, u, s -> width(s, u)).ticks();
                    for (int i = 0; i < ticks.size(); i++) {
                        for (int j = i + 1; j < ticks.size(); j++) {
                            assertFalse(ticks.get(i).overlaps(ticks.get(j)), ticks.get(i) + " overlaps "
                                    + ticks.get(j) + " on a " + size[0] + "x" + size[1] + " plane of +-" + extent
                                    + " at " + u);
                        }
                    }
                    assertTrue(ticks.stream().filter(PlaneAxes.Tick::horizontal).count() >= 3, "x is numbered");
                    assertTrue(ticks.stream().filter(k -> !k.horizontal()).count() >= 2, "y is numbered");
                }
            }
        }
    }

    @Test
    void theStepIsOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, PlaneAxes.step(60, 30));
        assertEquals(2, PlaneAxes.step(20, 30));
        assertEquals(5, PlaneAxes.step(8, 30));
        assertEquals(10, PlaneAxes.step(4, 30));
    }
}
