package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartBufferTest {
    @Test
    void staysBoundedOverALongRunAndKeepsTheWholeHistoryInView() {
        ChartBuffer b = new ChartBuffer(600);
        int n = 50 * 469; // 50 epochs of Fashion-MNIST at batch 128
        for (int i = 0; i < n; i++) {
            b.add(i, Math.sin(i / 100.0));
            assertTrue(b.size() <= 600);
        }
        List<ChartBuffer.Point> p = b.points();
        assertTrue(p.size() >= 300, "thinned too far: " + p.size());
        assertTrue(p.get(0).x() <= b.stride(), "the start of the run was dropped: " + p.get(0));
        assertTrue(n - 1 - p.get(p.size() - 1).x() <= b.stride(), "the line must reach the present");
        for (int i = 1; i < p.size(); i++) {
            assertTrue(p.get(i).x() > p.get(i - 1).x(), "points must stay in order");
        }
    }

    @Test
    void thinningAveragesNeighboursUniformly() {
        ChartBuffer b = new ChartBuffer(8);
        for (int i = 0; i < 9; i++) {
            b.add(i, i * 10);
        }
        List<ChartBuffer.Point> p = b.points();
        assertEquals(2, b.stride());
        assertEquals(new ChartBuffer.Point(0.5, 5), p.get(0));
        assertEquals(new ChartBuffer.Point(2.5, 25), p.get(1));
        assertEquals(new ChartBuffer.Point(6.5, 65), p.get(3));
        assertEquals(new ChartBuffer.Point(8, 80), p.get(4), "the odd newest point is still shown");
        b.add(9, 90);
        assertEquals(new ChartBuffer.Point(8.5, 85), b.points().get(4));
    }

    @Test
    void nonFiniteValuesAreSkipped() {
        ChartBuffer b = new ChartBuffer(8);
        b.add(0, Double.NaN);
        b.add(1, Double.POSITIVE_INFINITY);
        b.add(2, 3);
        assertEquals(1, b.size());
    }
}
