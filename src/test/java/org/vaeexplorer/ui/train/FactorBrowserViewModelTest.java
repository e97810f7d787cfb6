package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.ColourShapes;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.SpriteDataset;
import org.vaeexplorer.data.SpriteSpace;
import org.vaeexplorer.ui.common.GreyImage;

/** The Dataset tab's factor browser without a window: one factor swept over its values, the others held. */
class FactorBrowserViewModelTest {
    @Test
    void aSweepOfXMovesTheSpriteOnePixelPerValueAndAnotherFactorSweepsItsOwnValues() {
        ReadOnlyObjectWrapper<LabelledSplits> data = new ReadOnlyObjectWrapper<>(
                SpriteDataset.generate(SpriteSpace.SMALL, 0, 4, 2).splits());
        FactorBrowserViewModel browser = new FactorBrowserViewModel(data.getReadOnlyProperty());
        browser.factorProperty().set(3);
        var sweep = browser.sweepProperty().get();
        assertEquals(16, sweep.size(), "every x position");
        int[] held = browser.held();
        for (int v = 0; v < sweep.size(); v++) {
            int[] c = held.clone();
            c[3] = v;
            assertArrayEquals(floats(SpriteSpace.SMALL.render(c)), sweep.get(v).pixels(), "x value " + v);
        }
        // Held away from the edges: one x step moves every pixel of the shape one column right.
        GreyImage a = sweep.get(7);
        GreyImage b = sweep.get(8);
        for (int r = 0; r < 32; r++) {
            for (int col = 0; col + 1 < 32; col++) {
                assertEquals(a.pixels()[r * 32 + col], b.pixels()[r * 32 + col + 1], "row " + r + ", column " + col);
            }
        }

        browser.factorProperty().set(0);
        assertEquals(3, browser.sweepProperty().get().size(), "square, ellipse, heart");
        browser.holdOthersElsewhere();
        assertTrue(!java.util.Arrays.equals(held, browser.held()), "the others are held at another combination");

        data.set(ColourShapes.generate(0, 2, 1));
        assertTrue(browser.spaceProperty().get().isEmpty());
        assertEquals(0, browser.sweepProperty().get().size(), "no factors known, nothing swept");
    }

    private static float[] floats(byte[] bytes) {
        float[] out = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (bytes[i] & 0xff) / 255f;
        }
        return out;
    }
}
