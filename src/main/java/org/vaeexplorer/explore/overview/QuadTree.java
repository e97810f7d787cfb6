package org.vaeexplorer.explore.overview;

import java.util.Arrays;

/**
 * The 2-D space-partitioning tree of Barnes-Hut t-SNE (van der Maaten 2014, section 4.2; Barnes and Hut 1986): each
 * cell holds the number of embedded points in it and their centre of mass, and splits into four quadrants until a
 * cell holds one point. A cell far enough from a point stands for all its points at once in the repulsive forces:
 * when its width over its distance to the point is below theta,
 * <pre>
 *   sum_{j in cell} q_ij^2 Z (y_i - y_j)  ~  N_cell q_{i,cell}^2 Z (y_i - y_cell),  q_{i,cell} Z = 1 / (1 + |y_i - y_cell|^2)
 * </pre>
 * which makes one gradient step O(n log n) instead of O(n^2). Rebuilt every iteration into arrays that are kept
 * (a tree of 10,000 points has some 15,000 cells; allocating them 1,000 times would be the slow part).
 */
final class QuadTree {
    /** Below this cell width, points are taken as one (exact duplicates would otherwise split forever). */
    private static final double SMALLEST_WIDTH = 1e-9;
    private double[] centreX = new double[64];
    private double[] centreY = new double[64];
    private double[] halfWidth = new double[64];
    private double[] massX = new double[64];
    private double[] massY = new double[64];
    private int[] count = new int[64];
    /** The index of a cell's first child (the four are consecutive), or -1 for a leaf. */
    private int[] firstChild = new int[64];
    /** A leaf's point (the first one put there), or -1. */
    private int[] point = new int[64];
    private int cells;
    private int[] stack = new int[256];
    private double[] y;

    /** Builds the tree over the n points {@code y} (row-major, n x 2). */
    void build(double[] y, int n) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, y[2 * i]);
            maxX = Math.max(maxX, y[2 * i]);
            minY = Math.min(minY, y[2 * i + 1]);
            maxY = Math.max(maxY, y[2 * i + 1]);
        }
        this.y = y;
        cells = 0;
        double half = Math.max(maxX - minX, maxY - minY) / 2 + 1e-5;
        newCell((minX + maxX) / 2, (minY + maxY) / 2, half);
        for (int i = 0; i < n; i++) {
            insert(i, y[2 * i], y[2 * i + 1]);
        }
    }

    private void insert(int i, double x, double yy) {
        int c = 0;
        while (true) {
            // Every cell on the way down gains the point in its count and centre of mass.
            int k = count[c];
            massX[c] = (massX[c] * k + x) / (k + 1);
            massY[c] = (massY[c] * k + yy) / (k + 1);
            count[c] = k + 1;
            if (firstChild[c] < 0) {
                if (k == 0) {
                    point[c] = i;
                    return;
                }
                if (halfWidth[c] < SMALLEST_WIDTH) {
                    return;
                }
                // A leaf with one point splits; that point moves down into its quadrant (it is counted above).
                int lone = point[c];
                point[c] = -1;
                split(c);
                int q = quadrant(c, y[2 * lone], y[2 * lone + 1]);
                count[q] = 1;
                massX[q] = y[2 * lone];
                massY[q] = y[2 * lone + 1];
                point[q] = lone;
            }
            c = quadrant(c, x, yy);
        }
    }

    private void split(int c) {
        int first = cells;
        double h = halfWidth[c] / 2;
        newCell(centreX[c] - h, centreY[c] - h, h);
        newCell(centreX[c] + h, centreY[c] - h, h);
        newCell(centreX[c] - h, centreY[c] + h, h);
        newCell(centreX[c] + h, centreY[c] + h, h);
        firstChild[c] = first;
    }

    private int quadrant(int c, double x, double yy) {
        return firstChild[c] + (x < centreX[c] ? 0 : 1) + (yy < centreY[c] ? 0 : 2);
    }

    private void newCell(double cx, double cy, double half) {
        if (cells == count.length) {
            int size = cells * 2;
            centreX = Arrays.copyOf(centreX, size);
            centreY = Arrays.copyOf(centreY, size);
            halfWidth = Arrays.copyOf(halfWidth, size);
            massX = Arrays.copyOf(massX, size);
            massY = Arrays.copyOf(massY, size);
            count = Arrays.copyOf(count, size);
            firstChild = Arrays.copyOf(firstChild, size);
            point = Arrays.copyOf(point, size);
        }
        centreX[cells] = cx;
        centreY[cells] = cy;
        halfWidth[cells] = half;
        massX[cells] = 0;
        massY[cells] = 0;
        count[cells] = 0;
        firstChild[cells] = -1;
        point[cells] = -1;
        cells++;
    }

    /**
     * Adds point i's repulsive force, sum_j q_ij^2 Z (y_i - y_j) with q_ij Z = 1 / (1 + |y_i - y_j|^2), to
     * {@code force[0..1]}, and returns its part of Z = sum_{k != l} (1 + |y_k - y_l|^2)^-1.
     */
    double repulsion(int i, double x, double yy, double theta, double[] force) {
        double z = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int c = stack[--top];
            int k = count[c];
            if (k == 0) {
                continue;
            }
            double dx = x - massX[c];
            double dy = yy - massY[c];
            double d2 = dx * dx + dy * dy;
            boolean leaf = firstChild[c] < 0;
            double width = 2 * halfWidth[c];
            if (leaf || width * width < theta * theta * d2) {
                // A leaf that holds i itself: its other points (duplicates of i) are at distance 0.
                int others = leaf && point[c] == i ? k - 1 : k;
                if (others == 0) {
                    continue;
                }
                double q = 1 / (1 + d2);
                z += others * q;
                double m = others * q * q;
                force[0] += m * dx;
                force[1] += m * dy;
            } else {
                if (top + 4 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                for (int child = firstChild[c]; child < firstChild[c] + 4; child++) {
                    stack[top++] = child;
                }
            }
        }
        return z;
    }
}
