package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * Colour images (three planes each, red, green, blue) tiled into one image of three tiled planes, and drawn as RGB
 * pictures as they are (grey images stay ink dark on white).
 */
class ColourTilesTest {
    /** Image n, plane ch, pixel p holds 100 n + 10 ch + p. */
    private static float[] images(int count, int plane) {
        float[] v = new float[count * 3 * plane];
        for (int n = 0; n < count; n++) {
            for (int ch = 0; ch < 3; ch++) {
                for (int p = 0; p < plane; p++) {
                    v[(n * 3 + ch) * plane + p] = 100 * n + 10 * ch + p;
                }
            }
        }
        return v;
    }

    @Test
    void threeColourImagesTileIntoThreeTiledPlanes() {
        // 1x2 images, 2 columns: a 2x4 tiled plane, the last tile blank.
        ImageTiles t = ImageTiles.of(images(3, 2), 3, 2, 1, 2, 3);
        assertEquals(2, t.rows());
        assertEquals(4, t.cols());
        assertArrayEquals(new float[] {
            0, 1, 100, 101, 200, 201, 0, 0,
            10, 11, 110, 111, 210, 211, 0, 0,
            20, 21, 120, 121, 220, 221, 0, 0}, t.pixels());
        assertArrayEquals(new float[] {100, 101, 110, 111, 120, 121}, ImageTiles.one(images(3, 2), 1, 1, 2, 3));
    }

    @Test
    void aColourGridIsDrawnInRgbAsItIs() {
        float[] pixels = {1f, 0f, /* green */ 0f, 0.5f, /* blue */ 0f, 1f};
        BufferedImage img = GreyPng.grid(pixels, 1, 1, 2, 3, 1, 2);
        assertEquals(4, img.getWidth());
        assertEquals(2, img.getHeight());
        assertEquals(0xFF0000, img.getRGB(1, 1) & 0xFFFFFF, "pure red");
        assertEquals(0x0080FF, img.getRGB(2, 0) & 0xFFFFFF, "half green, full blue");
        BufferedImage grey = GreyPng.grid(new float[] {1f, 0f}, 1, 1, 2, 1, 1, 1);
        assertEquals(0x000000, grey.getRGB(0, 0) & 0xFFFFFF, "grey stays ink dark on white");
        assertEquals(0xFFFFFF, grey.getRGB(1, 0) & 0xFFFFFF);
    }
}
