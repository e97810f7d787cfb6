package org.vaeexplorer.model;

import java.util.SplittableRandom;

/**
 * The noise of the reparameterisation (eps ~ N(0, 1)) and of the Gumbel trick (u ~ U(0, 1)), drawn outside the
 * graph: in ND4J 1.0.0-M2.1 in-graph random ops repeat the same values across {@code fit} iterations.
 */
public interface NoiseSource {
    void fillNormal(float[] target);

    void fillUniform(float[] target);

    /** A seeded source: the same seed gives the same noise. */
    static NoiseSource seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new NoiseSource() {
            @Override
            public void fillNormal(float[] target) {
                for (int i = 0; i < target.length; i++) {
                    target[i] = (float) random.nextGaussian();
                }
            }

            @Override
            public void fillUniform(float[] target) {
                for (int i = 0; i < target.length; i++) {
                    target[i] = (float) random.nextDouble();
                }
            }
        };
    }
}
