package org.vaeexplorer.explore.overview;

import java.util.Random;

/**
 * t-distributed stochastic neighbour embedding (van der Maaten and Hinton 2008) with the Barnes-Hut approximation
 * (van der Maaten 2014, "Accelerating t-SNE using tree-based algorithms", JMLR 15). It places n points in the plane
 * so that the Student-t similarities of the embedding,
 * <pre>
 *   q_ij = (1 + |y_i - y_j|^2)^-1 / Z,   Z = sum_{k != l} (1 + |y_k - y_l|^2)^-1,
 * </pre>
 * match the input similarities p_ij ({@link InputAffinities}), by gradient descent on KL(P || Q), whose gradient is
 * (equation 5 of the 2014 paper)
 * <pre>
 *   dC/dy_i = 4 (F_attr - F_rep) = 4 ( sum_j p_ij q_ij Z (y_i - y_j)  -  sum_j q_ij^2 Z (y_i - y_j) ).
 * </pre>
 * The attractive part runs over the sparse P; the repulsive part is approximated with a {@link QuadTree}. The
 * descent uses momentum and per-coordinate gains (Jacobs 1988), early exaggeration of P, and keeps the embedding
 * centred, as the paper's implementation does.
 */
public final class BarnesHutTsne {
    /** Told how far the run is (0 to 1), and asked whether to stop. */
    public interface Progress {
        void at(double fraction);

        boolean cancelled();
    }

    private final TsneSettings settings;

    public BarnesHutTsne(TsneSettings settings) {
        this.settings = settings;
    }

    /** The embedding of {@code points} (n rows of one length, n >= 4), row-major n x 2. */
    public float[] embed(double[][] points, Progress progress) throws InterruptedException {
        int n = points.length;
        if (n < 4) {
            throw new IllegalArgumentException("t-SNE needs at least four points, got " + n);
        }
        double perplexity = settings.perplexityFor(n);
        int k = Math.min(n - 1, (int) (3 * perplexity));
        // The neighbour search and the similarities take the first few percent of the time.
        NearestNeighbours neighbours = NearestNeighbours.of(points, k, progress::cancelled);
        InputAffinities p = InputAffinities.of(neighbours, perplexity);
        progress.at(0.05);
        double[] y = initial(n);
        descend(p, y, progress);
        float[] out = new float[2 * n];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) y[i];
        }
        return out;
    }

    /** Small random starting positions, y_i ~ N(0, 10^-4 I), from the settings' seed. */
    private double[] initial(int n) {
        Random random = new Random(settings.seed());
        double[] y = new double[2 * n];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1e-2 * random.nextGaussian();
        }
        return y;
    }

    private void descend(InputAffinities p, double[] y, Progress progress) throws InterruptedException {
        int n = p.count();
        double[] gradient = new double[2 * n];
        double[] update = new double[2 * n];
        double[] gains = new double[2 * n];
        java.util.Arrays.fill(gains, 1);
        double rate = settings.learningRate(n);
        QuadTree tree = new QuadTree();
        for (int it = 0; it < settings.iterations(); it++) {
            if (progress.cancelled()) {
                throw new InterruptedException("t-SNE cancelled");
            }
            boolean early = it < settings.exaggerationIterations();
            gradient(p, y, early ? settings.exaggeration() : 1, tree, gradient);
            double momentum = early ? 0.5 : 0.8;
            for (int c = 0; c < y.length; c++) {
                // Jacobs' gains: a coordinate whose gradient keeps its direction speeds up, one that flips slows.
                boolean sameDirection = Math.signum(gradient[c]) == Math.signum(update[c]);
                gains[c] = Math.max(0.01, sameDirection ? gains[c] * 0.8 : gains[c] + 0.2);
                update[c] = momentum * update[c] - rate * gains[c] * gradient[c];
                y[c] += update[c];
            }
            centre(y, n);
            if (it % 10 == 0) {
                progress.at(0.05 + 0.95 * it / settings.iterations());
            }
        }
        progress.at(1);
    }

    /** dC/dy (the equation above) into {@code out}, with P multiplied by {@code exaggeration}. */
    void gradient(InputAffinities p, double[] y, double exaggeration, QuadTree tree, double[] out) {
        int n = p.count();
        tree.build(y, n);
        double[] repulsive = new double[2 * n];
        double[] force = new double[2];
        double z = 0;
        for (int i = 0; i < n; i++) {
            force[0] = 0;
            force[1] = 0;
            z += tree.repulsion(i, y[2 * i], y[2 * i + 1], settings.theta(), force);
            repulsive[2 * i] = force[0];
            repulsive[2 * i + 1] = force[1];
        }
        for (int i = 0; i < n; i++) {
            double ax = 0;
            double ay = 0;
            for (int e = p.rowStart()[i]; e < p.rowStart()[i + 1]; e++) {
                int j = p.columns()[e];
                double dx = y[2 * i] - y[2 * j];
                double dy = y[2 * i + 1] - y[2 * j + 1];
                // p_ij q_ij Z = p_ij / (1 + d^2)
                double w = exaggeration * p.values()[e] / (1 + dx * dx + dy * dy);
                ax += w * dx;
                ay += w * dy;
            }
            out[2 * i] = 4 * (ax - repulsive[2 * i] / z);
            out[2 * i + 1] = 4 * (ay - repulsive[2 * i + 1] / z);
        }
    }

    private static void centre(double[] y, int n) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += y[2 * i];
            my += y[2 * i + 1];
        }
        mx /= n;
        my /= n;
        for (int i = 0; i < n; i++) {
            y[2 * i] -= mx;
            y[2 * i + 1] -= my;
        }
    }
}
