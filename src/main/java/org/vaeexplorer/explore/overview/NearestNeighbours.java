package org.vaeexplorer.explore.overview;

import java.util.function.BooleanSupplier;

/**
 * Each point's k nearest other points by Euclidean distance, found by comparing every pair. Van der Maaten (2014,
 * section 4.1) finds them with a vantage-point tree; in the 10 to 30 dimensions of a latent code a tree prunes
 * little, and the plain scan of 10,000 codes is 50 million distances, about a second, next to the minutes the
 * gradient descent takes, so the simpler exact method is used.
 *
 * @param indices          indices[i] are i's neighbours, nearest first
 * @param squaredDistances the squared distances to them, in the same order
 */
record NearestNeighbours(int[][] indices, double[][] squaredDistances) {
    /** The {@code k} nearest neighbours of each row of {@code points} (k < number of points). */
    static NearestNeighbours of(double[][] points, int k, BooleanSupplier cancelled) throws InterruptedException {
        int n = points.length;
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("cannot find " + k + " neighbours among " + n + " points");
        }
        int[][] indices = new int[n][k];
        double[][] distances = new double[n][k];
        for (int i = 0; i < n; i++) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("nearest neighbours cancelled");
            }
            // The k best so far, kept sorted by insertion: k is about 90, so this is cheaper than a heap's bookkeeping.
            int found = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double d = squaredDistance(points[i], points[j]);
                if (found == k && d >= distances[i][k - 1]) {
                    continue;
                }
                int at = found == k ? k - 1 : found++;
                while (at > 0 && distances[i][at - 1] > d) {
                    distances[i][at] = distances[i][at - 1];
                    indices[i][at] = indices[i][at - 1];
                    at--;
                }
                distances[i][at] = d;
                indices[i][at] = j;
            }
        }
        return new NearestNeighbours(indices, distances);
    }

    static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double t = a[j] - b[j];
            s += t * t;
        }
        return s;
    }
}
