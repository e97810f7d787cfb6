package org.vaeexplorer.metrics;

import java.util.Random;

/** Codes whose disentanglement is known: a copy of each factor, a rotation of all of them, or noise. */
final class SyntheticCodes implements FactorEncoder {
    /** Fewer values than MIG's 20 bins, so that a copied factor keeps all its information after binning. */
    static final int[] SIZES = {3, 6, 10, 8, 8};

    enum Kind { COPY, ROTATION, NOISE }

    private final Kind kind;
    private final Random noise;
    private final double[][] rotation;

    SyntheticCodes(Kind kind, long seed) {
        this.kind = kind;
        this.noise = new Random(seed);
        this.rotation = randomRotation(SIZES.length, new Random(seed + 1));
    }

    @Override
    public int[] factorSizes() {
        return SIZES.clone();
    }

    @Override
    public double[][] codes(int[][] factors) {
        int k = SIZES.length;
        double[][] out = new double[factors.length][];
        for (int i = 0; i < factors.length; i++) {
            double[] v = new double[k];
            for (int f = 0; f < k; f++) {
                // Each factor centred and scaled to unit range, plus a little observation noise.
                v[f] = (factors[i][f] - (SIZES[f] - 1) / 2.0) / SIZES[f] + 0.01 * noise.nextGaussian();
            }
            double[] z = new double[k + 1];
            for (int j = 0; j < k; j++) {
                z[j] = switch (kind) {
                    case COPY -> v[j];
                    case ROTATION -> dot(rotation[j], v);
                    case NOISE -> noise.nextGaussian();
                };
            }
            z[k] = noise.nextGaussian(); // one latent that carries nothing, as a VAE's unused latents
            out[i] = z;
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Gram-Schmidt on a Gaussian matrix: a uniformly random orthogonal matrix (up to reflections). */
    static double[][] randomRotation(int n, Random random) {
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[i][j] = random.nextGaussian();
            }
            for (int p = 0; p < i; p++) {
                double d = dot(q[i], q[p]);
                for (int j = 0; j < n; j++) {
                    q[i][j] -= d * q[p][j];
                }
            }
            double norm = Math.sqrt(dot(q[i], q[i]));
            for (int j = 0; j < n; j++) {
                q[i][j] /= norm;
            }
        }
        return q;
    }
}
