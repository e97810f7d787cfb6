package org.vaeexplorer.explore;

/**
 * "a is to b as c is to ?" in a latent space (White 2016, "Sampling generative networks", after the word analogies
 * of Mikolov et al. 2013): the answer's code is z_c + (z_b - z_a), c moved by the vector that takes a to b. Each
 * code is a test image's posterior mean.
 *
 * @param a the test image that is to b ...
 * @param b ... as c is to the answer
 * @param c the test image the answer is made from
 */
public record LatentAnalogy(int a, int b, int c) {
    /** z_c + z_b - z_a of the three codes (of one length). */
    public static float[] answer(float[] za, float[] zb, float[] zc) {
        if (za.length != zb.length || zb.length != zc.length) {
            throw new IllegalArgumentException("codes of different dimensions");
        }
        float[] z = new float[zc.length];
        for (int d = 0; d < z.length; d++) {
            z[d] = zc[d] + zb[d] - za[d];
        }
        return z;
    }

    /** The answer's code among {@code codes}. */
    public float[] answer(EncodedImages codes) {
        return answer(codes.code(a), codes.code(b), codes.code(c));
    }

    /** Whether all three images are among {@code codes}. */
    public boolean fits(EncodedImages codes) {
        return a >= 0 && b >= 0 && c >= 0 && Math.max(a, Math.max(b, c)) < codes.count();
    }
}
