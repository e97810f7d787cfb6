package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigitFramingTest {
    private static final int PAD = 200;
    private static final int F = DigitFraming.MNIST_FRAME;

    @Test
    void aCentredSquareStaysCentredAndFillsTheTwentyPixelBox() {
        float[] out = DigitFraming.frame(rectangle(60, 60, 140, 140), PAD, PAD, F);
        double[] com = DigitFraming.centreOfMass(out, F, F);
        assertEquals(F / 2.0, com[0], 0.5);
        assertEquals(F / 2.0, com[1], 0.5);
        int[] box = DigitFraming.inkBounds(out, F, F);
        assertEquals(20, box[2] - box[0], "the square is 20 pixels wide");
        assertEquals(20, box[3] - box[1], "and 20 high");
    }

    @Test
    void anOffCentreStrokeIsCentredByItsMassNotItsBox() {
        // An "L" in the top left corner: a long upright and a short foot. The box's centre and the centre of mass
        // differ, and the mass is what lands in the middle.
        boolean[] mask = new boolean[PAD * PAD];
        for (int y = 5; y < 85; y++) {
            for (int x = 5; x < 15; x++) {
                mask[y * PAD + x] = true;
            }
        }
        for (int y = 75; y < 85; y++) {
            for (int x = 15; x < 45; x++) {
                mask[y * PAD + x] = true;
            }
        }
        float[] out = DigitFraming.frame(mask, PAD, PAD, F);
        double[] com = DigitFraming.centreOfMass(out, F, F);
        assertEquals(F / 2.0, com[0], 0.5);
        assertEquals(F / 2.0, com[1], 0.5);
        int[] box = DigitFraming.inkBounds(out, F, F);
        double boxCentreX = (box[0] + box[2]) / 2.0;
        assertTrue(boxCentreX > F / 2.0 + 1, "the box sits right of centre, since the mass is on the left: "
                + boxCentreX);
    }

    @Test
    void theAspectRatioIsKept() {
        // A bar three times as tall as it is wide becomes 20 high and about 7 wide.
        float[] out = DigitFraming.frame(rectangle(80, 10, 110, 100), PAD, PAD, F);
        int[] box = DigitFraming.inkBounds(out, F, F);
        int w = box[2] - box[0];
        int h = box[3] - box[1];
        assertEquals(20, h);
        assertTrue(Math.abs(w - 20 / 3.0) <= 1, "width " + w + " for a 1:3 bar");
    }

    @Test
    void theOutputIsInTheUnitIntervalWithGreyEdges() {
        float[] raster = StrokeRaster.render(List.of(new Stroke(new float[] {0.2f, 0.3f, 0.7f, 0.8f, 0.3f, 0.9f},
                0.06f)), null, PAD);
        float[] out = DigitFraming.frame(raster, PAD, PAD, F);
        assertEquals(F * F, out.length);
        boolean grey = false;
        for (float v : out) {
            assertTrue(v >= 0f && v <= 1f, "value " + v);
            grey |= v > 0.05f && v < 0.95f;
        }
        assertTrue(grey, "shrinking anti-aliases: some pixels are grey");
    }

    @Test
    void anEmptyDrawingGivesAnEmptyFrame() {
        float[] out = DigitFraming.frame(new float[PAD * PAD], PAD, PAD, F);
        assertArrayEquals(new float[F * F], out);
        assertFalse(DigitFraming.hasInk(new float[PAD * PAD]));
    }

    @Test
    void areaAveragingKeepsTheInkPerArea() {
        float[] src = rectangle(0, 0, 50, 100);
        float[] half = Resample.area(src, PAD, PAD, 28, 28);
        double sum = 0;
        for (float v : half) {
            sum += v;
        }
        // A quarter of the 200x200 raster is ink (50 x 100 = 5000 of 40000 pixels is an eighth): 1/8 of 784.
        assertEquals(784 / 8.0, sum, 1e-2);
    }

    private static float[] rectangle(int x0, int y0, int x1, int y1) {
        float[] r = new float[PAD * PAD];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                r[y * PAD + x] = 1f;
            }
        }
        return r;
    }
}
