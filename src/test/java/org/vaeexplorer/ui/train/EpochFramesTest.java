package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.run.samples.SampleGrids;

class EpochFramesTest {
    @Test
    void aLongRunKeepsItsStartItsRecentEpochsAndStaysBounded() {
        EpochFrames frames = new EpochFrames();
        SampleGrids.Grids g = new SampleGrids.Grids(1, 1, 1, new float[1], new float[1], new float[1]);
        for (int epoch = 0; epoch <= 500; epoch++) {
            frames.addAll(List.of(new SampleGrids.EpochFrame(epoch, g)));
            assertTrue(frames.snapshot().size() <= EpochFrames.MAX);
        }
        List<Integer> epochs = frames.snapshot().stream().map(SampleGrids.EpochFrame::epoch).toList();
        assertEquals(0, epochs.get(0), "the frame before training stays");
        assertEquals(500, epochs.get(epochs.size() - 1));
        for (int i = 1; i < epochs.size(); i++) {
            assertTrue(epochs.get(i) > epochs.get(i - 1), "in order");
        }
        List<Integer> last = epochs.subList(epochs.size() - 10, epochs.size());
        assertEquals(List.of(491, 492, 493, 494, 495, 496, 497, 498, 499, 500), last, "recent epochs are all kept");
    }
}
