package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.run.samples.SampleGrids;

/**
 * The per-epoch sample grids of a run, for its training animation. Bounded: beyond {@link #MAX} frames every other
 * older frame is dropped, so a long run still animates from its start, at a coarser step, while its last quarter
 * keeps every epoch.
 */
final class EpochFrames {
    static final int MAX = 120;
    private final List<SampleGrids.EpochFrame> frames = new ArrayList<>();

    void addAll(List<SampleGrids.EpochFrame> fresh) {
        frames.addAll(fresh);
        if (frames.size() > MAX) {
            List<SampleGrids.EpochFrame> kept = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) {
                if (i % 2 == 0 || i >= frames.size() - MAX / 4) {
                    kept.add(frames.get(i));
                }
            }
            frames.clear();
            frames.addAll(kept);
        }
    }

    void clear() {
        frames.clear();
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }

    List<SampleGrids.EpochFrame> snapshot() {
        return List.copyOf(frames);
    }
}
