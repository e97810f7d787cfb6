package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every number on the latent plane's axes is drawn whole inside the plane: the top one was cut in half by the
 * plane's upper edge (issue 27.14), and one at the right end can run past the right edge.
 */
class PlaneNumbersInsideTest {
    /** About what an 11 px sans-serif digit or minus sign takes. */
    private static double width(String text, double u) {
        return 6.5 * u * text.length();
    }

    @Test
    void everyNumberLiesWholeInsideThePlane() {
        List<String> cut = new ArrayList<>();
        for (double u : new double[] {1, 1.5, 2, 2.25}) {
            for (double w = 250; w <= 1300; w += 37) {
                for (double h = 250; h <= 1000; h += 41) {
                    for (double extent : new double[] {3.675, 4, 5.5, 6, 12}) {
                        PlaneTransform t = new PlaneTransform(w, h, extent);
                        for (PlaneAxes.Tick k : PlaneAxes.of(t, u, s -> width(s, u)).ticks()) {
                            // The box a number takes: its width, and a digit's height above the baseline.
                            if (k.x() < 0 || k.x() + k.width() > w || k.baseline() - k.height() < 0
                                    || k.baseline() > h) {
                                cut.add(k + " on a " + w + "x" + h + " plane of +-" + extent + " at " + u);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(cut.isEmpty(), cut.size() + " numbers cut by the plane's edge, e.g. " + cut.stream().limit(5)
                .toList());
    }
}
