package org.vaeexplorer.explore.overview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewsCacheTest {
    private static final String SHA = "ab".repeat(32);
    private static final String OTHER_SHA = "cd".repeat(32);

    /** Counts progress reports: a t-SNE that ran reports, one taken from the cache does not. */
    private static final class Counting implements BarnesHutTsne.Progress {
        final AtomicInteger reports = new AtomicInteger();

        @Override
        public void at(double fraction) {
            reports.incrementAndGet();
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }

    @Test
    void theSameCheckpointReusesItsTsneAndAnotherComputesItsOwn(@TempDir Path dir) throws Exception {
        double[][] points = points(40);
        TsneSettings settings = TsneSettings.PAPER.withIterations(50, 10);
        Overviews overviews = new Overviews(new OverviewCache(dir), settings);
        Counting first = new Counting();
        LatentOverview computed = overviews.of(points, OverviewMethod.TSNE, SHA, first);
        assertTrue(first.reports.get() > 0, "the first time t-SNE runs");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "one file kept");
        }

        Counting again = new Counting();
        // Other points under the same checkpoint's hash: had it recomputed, the result would differ.
        LatentOverview reused = new Overviews(new OverviewCache(dir), settings)
                .of(points(40, 99), OverviewMethod.TSNE, SHA, again);
        assertEquals(0, again.reports.get(), "the second time it is read, not run");
        assertArrayEquals(computed.xy(), reused.xy());

        Counting other = new Counting();
        overviews.of(points, OverviewMethod.TSNE, OTHER_SHA, other);
        assertTrue(other.reports.get() > 0, "another checkpoint gets its own");
        Counting otherSettings = new Counting();
        new Overviews(new OverviewCache(dir), settings.withIterations(60, 10))
                .of(points, OverviewMethod.TSNE, SHA, otherSettings);
        assertTrue(otherSettings.reports.get() > 0, "other settings are another overview");
    }

    @Test
    void aDamagedFileIsComputedAgain(@TempDir Path dir) throws Exception {
        TsneSettings settings = TsneSettings.PAPER.withIterations(30, 10);
        OverviewCache cache = new OverviewCache(dir);
        new Overviews(cache, settings).of(points(20), OverviewMethod.TSNE, SHA, new Counting());
        Path file = cache.fileOf(SHA, OverviewMethod.TSNE, settings, 20);
        Files.write(file, new byte[] {1, 2, 3});
        Counting again = new Counting();
        LatentOverview o = new Overviews(cache, settings).of(points(20), OverviewMethod.TSNE, SHA, again);
        assertTrue(again.reports.get() > 0);
        assertEquals(20, o.count());
    }

    private static double[][] points(int n) {
        return points(n, 1);
    }

    private static double[][] points(int n, long seed) {
        Random random = new Random(seed);
        double[][] p = new double[n][5];
        for (double[] row : p) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return p;
    }
}
