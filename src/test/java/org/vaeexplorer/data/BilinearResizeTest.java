package org.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BilinearResizeTest {
    private static final PixelScaling UNIT = PixelScaling.GREY;

    @Test
    void enlargingSamplesPixelCentresAndClampsAtTheBorder() {
        // A 2x2 image to 4x4: output centres fall at -0.25, 0.25, 0.75 and 1.25 source pixels, so a row 0, 200
        // becomes 0, 50, 150, 200 (the outer two clamped), and the same down the columns.
        ImageDataset two = new ImageDataset("t", 2, 2, new byte[] {0, (byte) 200, 0, (byte) 200}, new int[] {0},
                List.of("a"));
        ImageDataset four = BilinearResize.toSide(two, 4);
        assertEquals(4, four.rows());
        float[] row = java.util.Arrays.copyOfRange(four.image(0, UNIT), 4, 8);
        assertArrayEquals(new float[] {UNIT.apply(0), UNIT.apply(50), UNIT.apply(150), UNIT.apply(200)}, row, 1e-6f);
        ImageDataset column = new ImageDataset("t", 2, 2, new byte[] {0, 0, (byte) 200, (byte) 200}, new int[] {0},
                List.of("a"));
        float[] c = BilinearResize.toSide(column, 4).image(0, UNIT);
        assertEquals(UNIT.apply(50), c[4 * 1 + 2], 1e-6f);
        assertEquals(UNIT.apply(150), c[4 * 2 + 3], 1e-6f);
    }

    @Test
    void eachColourPlaneIsResizedOnItsOwnAndLabelsStay() {
        byte[] px = new byte[3 * 4];
        java.util.Arrays.fill(px, 4, 8, (byte) 90);
        ImageDataset colour = new ImageDataset("c", 2, 2, 3, px, new int[] {1}, List.of("a", "b"));
        ImageDataset big = BilinearResize.toSide(colour, 3);
        float[] v = big.image(0, UNIT);
        for (int i = 0; i < 9; i++) {
            assertEquals(0f, v[i], 0f);
            assertEquals(UNIT.apply(90), v[9 + i], 1e-6f);
            assertEquals(0f, v[18 + i], 0f);
        }
        assertEquals(1, big.label(0));
        assertEquals(3, big.channels());
    }

    @Test
    void shrinkingIsRefusedAndTheSameSideIsTheSameSplit() {
        ImageDataset two = new ImageDataset("t", 2, 2, new byte[4], new int[] {0}, List.of("a"));
        assertThrows(IllegalArgumentException.class, () -> BilinearResize.toSide(
                BilinearResize.toSide(two, 8), 4));
        assertEquals(two, BilinearResize.toSide(two, 2));
    }

    @Test
    void mnistAt32KeepsEveryImageLabelAndAboutItsInk() throws IOException {
        LabelledSplits plain = DatasetLoader.load("mnist:7");
        LabelledSplits big = DatasetLoader.load("mnist@32:7");
        assertEquals("mnist@32:7", big.name());
        assertEquals(32, big.rows());
        assertEquals(plain.test().size(), big.test().size());
        double inkRatio = ink(big.test()) / ink(plain.test());
        // Area grows by (32/28)^2; interpolation keeps the mean grey level of the image up to rounding.
        assertEquals(32.0 * 32 / (28.0 * 28), inkRatio, 0.02 * inkRatio);
    }

    private static double ink(ImageDataset d) {
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            for (float v : d.image(i, UNIT)) {
                sum += v;
            }
        }
        return sum;
    }
}
