package org.vaeexplorer.explore;

import java.util.SplittableRandom;
import org.vaeexplorer.metrics.LatencyRecorder;
import org.vaeexplorer.model.LatentCodes;
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
        LatentCodes.Builder in = LatentCodes.builder(spec, n);
        for (int i = 0; i < n; i++) {
            int[] chosen = new int[spec.categories().size()];
            for (int l = 0; l < chosen.length; l++) {
                chosen[l] = random.nextInt(spec.categories().get(l));
            }
            in.choose(i, chosen, spec.conditional() ? random.nextInt(spec.numClasses()) : 0);
        }
        LatentCodes chosen = in.build();
        LatencyRecorder recorder = new LatencyRecorder();
        for (int call = 0; call < WARM_UP + calls; call++) {
            float[] z = new float[n * spec.latentDim()];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) (random.nextGaussian() * 1.5);
            }
            long start = System.nanoTime();
            explorer.decode(new LatentCodes(n, z, chosen.categories(), chosen.labels()));
            if (call >= WARM_UP) {
                recorder.record(System.nanoTime() - start);
            }
        }
        return recorder;
    }
}
