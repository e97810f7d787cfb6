package org.vaeexplorer.explore;

/** Paths between two latent codes. */
public enum Interpolation {
    LINEAR("Linear"),
    /**
     * Spherical linear interpolation (Shoemake 1985; White 2016, "Sampling generative networks"):
     * slerp(a, b; t) = sin((1-t)θ)/sin θ · a + sin(tθ)/sin θ · b with cos θ = a·b / (|a||b|). Under a Gaussian
     * prior it keeps the path at the norms where codes live instead of cutting through the low-norm centre.
     */
    SPHERICAL("Spherical");

    private final String label;

    Interpolation(String label) {
        this.label = label;
    }

    /** {@code steps} codes from {@code a} to {@code b} inclusive, concatenated (steps x dim). */
    public float[] path(float[] a, float[] b, int steps) {
        if (a.length != b.length || steps < 2) {
            throw new IllegalArgumentException("need two codes of equal size and at least 2 steps");
        }
        int dim = a.length;
        float[] out = new float[steps * dim];
        double theta = angle(a, b);
        for (int s = 0; s < steps; s++) {
            double t = s / (double) (steps - 1);
            double wa;
            double wb;
            if (this == LINEAR || Math.abs(Math.sin(theta)) < 1e-6) {
                wa = 1 - t;
                wb = t;
            } else {
                wa = Math.sin((1 - t) * theta) / Math.sin(theta);
                wb = Math.sin(t * theta) / Math.sin(theta);
            }
            for (int d = 0; d < dim; d++) {
                out[s * dim + d] = (float) (wa * a[d] + wb * b[d]);
            }
        }
        return out;
    }

    private static double angle(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * (double) b[d];
            na += a[d] * (double) a[d];
            nb += b[d] * (double) b[d];
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        return Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb))));
    }

    @Override
    public String toString() {
        return label;
    }
}
