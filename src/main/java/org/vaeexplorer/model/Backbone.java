package org.vaeexplorer.model;

/** The network inside encoder and decoder. */
public enum Backbone {
    /** Fully connected ReLU layers. */
    MLP,
    /**
     * The TensorFlow CVAE tutorial's net: encoder conv 3x3 stride 2 with 32 then 64 filters and a dense layer to
     * 2 * latent; decoder dense to (H/4)*(W/4)*32, transposed conv 64 and 32 (stride 2), then 1 (stride 1).
     */
    CONV
}
