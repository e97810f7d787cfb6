package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrokeRasterTest {
    @Test
    void aHorizontalStrokeIsAsThickAsItsBrushWithSoftEdges() {
        int size = 100;
        float[] r = StrokeRaster.render(List.of(new Stroke(new float[] {0.2f, 0.5f, 0.8f, 0.5f}, 0.1f)), null, size);
        int x = 50;
        double thickness = 0;
        for (int y = 0; y < size; y++) {
            thickness += r[y * size + x];
        }
        assertEquals(10, thickness, 0.6, "a brush 0.1 of the pad wide inks 10 of 100 pixels across the stroke");
        assertEquals(1f, r[50 * size + x], 1e-6);
        assertEquals(0f, r[10 * size + x], 1e-6);
        assertTrue(r[50 * size + 10] == 0f && r[50 * size + 90] == 0f, "nothing beyond the round ends");
    }

    @Test
    void aSinglePointIsADotAndTheBaseShowsThrough() {
        int size = 50;
        float[] base = new float[size * size];
        base[0] = 0.7f;
        float[] r = StrokeRaster.render(List.of(new Stroke(new float[] {0.5f, 0.5f}, 0.2f)), base, size);
        assertEquals(1f, r[25 * size + 25], 1e-6);
        assertEquals(0.7f, r[0], 1e-6);
        assertEquals(0f, base[25 * size + 25], 1e-6, "the base is not changed");
    }
}
