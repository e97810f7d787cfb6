package org.vaeexplorer.explore;

import java.util.SplittableRandom;
import org.vaeexplorer.metrics.LatencyRecorder;
import org.vaeexplorer.model.ModelSpec;

/**
 * Decode latency as the Explore page sees it: one point (dragging the marker) and a 20x20 grid (the manifold view),
 * each timed over many calls after a warm-up, through the same {@link LatentExplorer} the page uses.
 */
public final class DecodeBenchmark {
    public static final int GRID_SIDE = 20;
    private static final int WARM_UP = 50;

    private DecodeBenchmark() {
    }

    /** The latency of decoding {@code n} random codes at once, over {@code calls} calls. */
    public static LatencyRecorder time(LatentExplorer explorer, int n, int calls, long seed) {
        ModelSpec spec = explorer.spec();
        SplittableRandom random = new SplittableRandom(seed);
        float[] cats = new float[n * spec.categoricalWidth()];
        float[] labels = new float[spec.conditional() ? n * spec.numClasses() : 0];
        for (int i = 0; i < n; i++) {
            int offset = 0;
            for (int k : spec.categories()) {
                cats[i * spec.categoricalWidth() + offset + random.nextInt(k)] = 1f;
                offset += k;
            }
            if (spec.conditional()) {
                labels[i * spec.numClasses() + random.nextInt(spec.numClasses())] = 1f;
            }
        }
        LatencyRecorder recorder = new LatencyRecorder();
        for (int call = 0; call < WARM_UP + calls; call++) {
            float[] z = new float[n * spec.latentDim()];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) (random.nextGaussian() * 1.5);
            }
            long start = System.nanoTime();
            explorer.decode(z, cats, labels, n);
            if (call >= WARM_UP) {
                recorder.record(System.nanoTime() - start);
            }
        }
        return recorder;
    }
}
