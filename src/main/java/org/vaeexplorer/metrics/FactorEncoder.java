package org.vaeexplorer.metrics;

/**
 * A ground-truth generator followed by a representation: the codes (for a VAE, the encoder means) of images drawn
 * for given factor values. What disentanglement_lib calls {@code ground_truth_data} together with
 * {@code representation_function}, with the observation step folded in, so the metrics need no images and no model.
 */
public interface FactorEncoder {
    /** How many values each factor takes; factor values are indices {@code 0..size-1}. */
    int[] factorSizes();

    /** One code per row of {@code factors} ({@code factors[i][k]} is factor k's value index of item i). */
    double[][] codes(int[][] factors);
}
