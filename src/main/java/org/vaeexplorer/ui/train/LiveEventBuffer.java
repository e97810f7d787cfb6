package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.run.RunListener;
import org.vaeexplorer.run.samples.SampleGrids;
import org.vaeexplorer.training.BatchEvent;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingState;

/**
 * Hands training events from the worker thread to the UI. The worker appends; the FX thread drains everything at
 * once a few times a second (from a Timeline), so the UI never sees one update per batch. Everything in it is a
 * copy the worker no longer touches.
 */
public final class LiveEventBuffer implements RunListener {
    /** What happened since the last drain. */
    public record Drained(List<BatchEvent> batches, List<EpochMetrics> epochs, List<SampleGrids.EpochFrame> frames) {
        public boolean isEmpty() {
            return batches.isEmpty() && epochs.isEmpty() && frames.isEmpty();
        }

        /** The newest grids, or null if none came. */
        public SampleGrids.Grids latestGrids() {
            return frames.isEmpty() ? null : frames.get(frames.size() - 1).grids();
        }
    }

    private List<BatchEvent> batches = new ArrayList<>();
    private List<EpochMetrics> epochs = new ArrayList<>();
    private List<SampleGrids.EpochFrame> frames = new ArrayList<>();

    @Override
    public synchronized void batchEnded(BatchEvent event) {
        batches.add(event);
    }

    @Override
    public synchronized void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
        epochs.add(metrics);
    }

    @Override
    public synchronized void framed(SampleGrids.EpochFrame frame) {
        frames.add(frame);
    }

    public synchronized Drained drain() {
        Drained d = new Drained(batches, epochs, frames);
        batches = new ArrayList<>();
        epochs = new ArrayList<>();
        frames = new ArrayList<>();
        return d;
    }
}
