package org.vaeexplorer.explore.overview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BarnesHutTsneTest {
    private static final BarnesHutTsne.Progress QUIET = new BarnesHutTsne.Progress() {
        @Override
        public void at(double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * Four tight Gaussian clusters in 10 dimensions, far apart: in the embedding every point's nearest neighbour is of
     * its own cluster, and each cluster's spread is small against the distance between cluster centres.
     */
    @Test
    void keepsWellSeparatedClustersSeparated() throws InterruptedException {
        int clusters = 4;
        int per = 60;
        Random random = new Random(3);
        double[][] points = new double[clusters * per][10];
        int[] cluster = new int[points.length];
        for (int c = 0; c < clusters; c++) {
            double[] centre = new double[10];
            centre[c] = 20;
            for (int m = 0; m < per; m++) {
                int i = c * per + m;
                cluster[i] = c;
                for (int j = 0; j < 10; j++) {
                    points[i][j] = centre[j] + random.nextGaussian();
                }
            }
        }
        float[] y = new BarnesHutTsne(TsneSettings.PAPER.withIterations(500, 150)).embed(points, QUIET);
        LatentOverview overview = new LatentOverview(OverviewMethod.TSNE, points.length, y, new double[0]);
        for (int i = 0; i < points.length; i++) {
            int nearest = nearestOther(overview, i);
            assertEquals(cluster[i], cluster[nearest], "point " + i + "'s nearest neighbour is of its cluster");
        }
        double[][] centres = new double[clusters][2];
        double[] spread = new double[clusters];
        for (int i = 0; i < points.length; i++) {
            centres[cluster[i]][0] += overview.x(i) / per;
            centres[cluster[i]][1] += overview.y(i) / per;
        }
        for (int i = 0; i < points.length; i++) {
            spread[cluster[i]] = Math.max(spread[cluster[i]], Math.hypot(overview.x(i) - centres[cluster[i]][0],
                    overview.y(i) - centres[cluster[i]][1]));
        }
        for (int a = 0; a < clusters; a++) {
            for (int b = a + 1; b < clusters; b++) {
                double apart = Math.hypot(centres[a][0] - centres[b][0], centres[a][1] - centres[b][1]);
                assertTrue(apart > spread[a] + spread[b], "clusters " + a + " and " + b + " apart: " + apart
                        + " against radii " + spread[a] + " + " + spread[b]);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameEmbedding() throws InterruptedException {
        Random random = new Random(5);
        double[][] points = new double[50][4];
        for (double[] p : points) {
            for (int j = 0; j < p.length; j++) {
                p[j] = random.nextGaussian();
            }
        }
        TsneSettings s = TsneSettings.PAPER.withIterations(60, 20);
        assertArrayEquals(new BarnesHutTsne(s).embed(points, QUIET), new BarnesHutTsne(s).embed(points, QUIET));
    }

    /** With theta 0 the tree sums every pair exactly: the gradient equals the O(n^2) formula's. */
    @Test
    void theTreeGradientWithThetaZeroIsTheExactGradient() throws InterruptedException {
        Random random = new Random(11);
        int n = 40;
        double[][] points = new double[n][3];
        for (double[] p : points) {
            for (int j = 0; j < 3; j++) {
                p[j] = random.nextGaussian();
            }
        }
        InputAffinities p = InputAffinities.of(NearestNeighbours.of(points, 12, () -> false), 4);
        double[] y = new double[2 * n];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextGaussian();
        }
        double[] tree = new double[2 * n];
        new BarnesHutTsne(new TsneSettings(4, 0, 1, 0, 1, 1)).gradient(p, y, 1, new QuadTree(), tree);
        double[][] dense = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int e = p.rowStart()[i]; e < p.rowStart()[i + 1]; e++) {
                dense[i][p.columns()[e]] = p.values()[e];
            }
        }
        double z = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z += i == j ? 0 : 1 / (1 + d2(y, i, j));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 2; a++) {
                double g = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        double w = 1 / (1 + d2(y, i, j));
                        g += 4 * (dense[i][j] - w / z) * w * (y[2 * i + a] - y[2 * j + a]);
                    }
                }
                assertEquals(g, tree[2 * i + a], 1e-9 + 1e-6 * Math.abs(g), "dC/dy of point " + i);
            }
        }
    }

    @Test
    void eachRowOfConditionalProbabilitiesHasThePerplexityAsked() {
        double[] distances = {0.1, 0.4, 0.5, 1.2, 2.0, 2.2, 3.5, 4.0, 6.0, 9.0, 12.0, 15.0};
        double[] p = InputAffinities.conditionalRow(distances, 5);
        double entropy = 0;
        double sum = 0;
        for (double v : p) {
            sum += v;
            entropy -= v > 0 ? v * Math.log(v) : 0;
        }
        assertEquals(1, sum, 1e-9);
        assertEquals(5, Math.exp(entropy), 1e-3, "perplexity exp(H)");
    }

    private static double d2(double[] y, int i, int j) {
        double dx = y[2 * i] - y[2 * j];
        double dy = y[2 * i + 1] - y[2 * j + 1];
        return dx * dx + dy * dy;
    }

    private static int nearestOther(LatentOverview o, int i) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int j = 0; j < o.count(); j++) {
            double d = Math.hypot(o.x(i) - o.x(j), o.y(i) - o.y(j));
            if (j != i && d < bestD) {
                bestD = d;
                best = j;
            }
        }
        return best;
    }
}
