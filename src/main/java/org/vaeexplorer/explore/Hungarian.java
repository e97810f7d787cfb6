package org.vaeexplorer.explore;

import java.util.Arrays;

/**
 * The assignment problem solved exactly by the Hungarian method (Kuhn 1955, Munkres 1957), in the O(n^3)
 * shortest-augmenting-path form with row and column potentials u, v: at every step u[i] + v[j] <= cost[i][j],
 * with equality on the assigned pairs, which makes the final assignment optimal.
 */
public final class Hungarian {
    private Hungarian() {
    }

    /**
     * @param cost an n x m matrix with n <= m
     * @return for each row the column assigned to it, minimising the total cost; each column used at most once
     */
    public static int[] minimumCostAssignment(double[][] cost) {
        int n = cost.length;
        int m = n == 0 ? 0 : cost[0].length;
        if (n > m) {
            throw new IllegalArgumentException("more rows (" + n + ") than columns (" + m + ")");
        }
        // 1-based arrays; column 0 is a virtual column holding the row being inserted.
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] rowOfColumn = new int[m + 1];
        int[] way = new int[m + 1];
        for (int row = 1; row <= n; row++) {
            rowOfColumn[0] = row;
            int col0 = 0;
            double[] minSlack = new double[m + 1];
            Arrays.fill(minSlack, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[col0] = true;
                int i0 = rowOfColumn[col0];
                double delta = Double.POSITIVE_INFINITY;
                int col1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double slack = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (slack < minSlack[j]) {
                            minSlack[j] = slack;
                            way[j] = col0;
                        }
                        if (minSlack[j] < delta) {
                            delta = minSlack[j];
                            col1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minSlack[j] -= delta;
                    }
                }
                col0 = col1;
            } while (rowOfColumn[col0] != 0);
            do {
                int col1 = way[col0];
                rowOfColumn[col0] = rowOfColumn[col1];
                col0 = col1;
            } while (col0 != 0);
        }
        int[] assignment = new int[n];
        for (int j = 1; j <= m; j++) {
            if (rowOfColumn[j] != 0) {
                assignment[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return assignment;
    }
}
