package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreyPngTest {
    @TempDir
    Path dir;

    @Test
    void aPictureReadsAsInkWhicheverWayRoundItIs() throws Exception {
        // A 3x3 grid of three images: the app writes ink dark on white; MNIST stores it light on black.
        float[] digit = new float[9];
        digit[4] = 1f;
        digit[1] = 0.5f;
        Path dark = dir.resolve("dark.png");
        GreyPng.write(GreyPng.grid(digit, 1, 3, 3, 1, 1), dark);
        GreyPng.Picture read = GreyPng.readInk(dark);
        assertEquals(3, read.width());
        assertEquals(1f, read.ink()[4], 1e-6);
        assertEquals(0.5f, read.ink()[1], 0.01);
        assertEquals(0f, read.ink()[0], 1e-6);

        float[] inverted = new float[9];
        for (int i = 0; i < 9; i++) {
            inverted[i] = 1f - digit[i];
        }
        Path light = dir.resolve("light.png");
        GreyPng.write(GreyPng.grid(inverted, 1, 3, 3, 1, 1), light);
        assertEquals(1f, GreyPng.readInk(light).ink()[4], 1e-6, "light ink on a dark ground reads the same");
        assertEquals(0f, GreyPng.readInk(light).ink()[0], 1e-6);
    }
}
