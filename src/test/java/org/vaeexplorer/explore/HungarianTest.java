package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianTest {
    @Test
    void solvesAKnownConfusionMatrix() {
        // Rows: categories; columns: classes. Category 0 holds mostly class 2, 1 mostly class 0, 2 mostly class 1.
        int[][] confusion = {
                {5, 10, 80},
                {70, 20, 5},
                {10, 60, 30},
        };
        ClusterMatching m = ClusterMatching.of(expand(confusion, true), expand(confusion, false), 3, 3);
        assertArrayEquals(new int[] {2, 0, 1}, m.classOfCategory());
        assertEquals((80 + 70 + 60) / 290.0, m.accuracy(), 1e-12);
        assertArrayEquals(confusion[1], m.confusion()[1]);
    }

    @Test
    void theGreedyChoiceIsNotTaken() {
        // Greedy would give row 0 column 0 (9) and then row 1 column 1 (1): 10. The optimum is 8 + 8 = 16.
        double[][] gain = {{9, 8}, {8, 1}};
        double[][] cost = {{-9, -8}, {-8, -1}};
        assertArrayEquals(new int[] {1, 0}, Hungarian.minimumCostAssignment(cost));
        assertEquals(16, gain[0][1] + gain[1][0]);
    }

    @Test
    void matchesBruteForceOnRandomMatrices() {
        Random r = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + r.nextInt(5);
            int m = n + r.nextInt(3);
            double[][] cost = new double[n][m];
            for (double[] row : cost) {
                for (int j = 0; j < m; j++) {
                    row[j] = r.nextInt(20) - 5;
                }
            }
            int[] a = Hungarian.minimumCostAssignment(cost);
            assertEquals(bruteForce(cost, 0, new boolean[m]), total(cost, a), 1e-9, "trial " + trial);
            assertEquals(n, java.util.Arrays.stream(a).distinct().count(), "columns are distinct");
        }
    }

    @Test
    void moreCategoriesThanClassesLeavesTheWeakestUnmapped() {
        int[] categories = {0, 0, 0, 1, 1, 2, 2, 2, 2};
        int[] labels = {0, 0, 1, 1, 1, 0, 0, 0, 0};
        ClusterMatching m = ClusterMatching.of(categories, labels, 3, 2);
        assertArrayEquals(new int[] {-1, 1, 0}, m.classOfCategory());
        assertEquals(6 / 9.0, m.accuracy(), 1e-12);
    }

    private static double total(double[][] cost, int[] a) {
        double t = 0;
        for (int i = 0; i < a.length; i++) {
            t += cost[i][a[i]];
        }
        return t;
    }

    private static double bruteForce(double[][] cost, int row, boolean[] used) {
        if (row == cost.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }

    /** The per-image categories (or labels) that produce {@code confusion}. */
    private static int[] expand(int[][] confusion, boolean categories) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int k = 0; k < confusion.length; k++) {
            for (int c = 0; c < confusion[k].length; c++) {
                for (int i = 0; i < confusion[k][c]; i++) {
                    out.add(categories ? k : c);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
