package org.vaeexplorer.model;

/** The network inside encoder and decoder. */
public enum Backbone {
    /** Fully connected ReLU layers. */
    MLP,
    /**
     * The TensorFlow CVAE tutorial's net: encoder conv 3x3 stride 2 with 32 then 64 filters and a dense layer to
     * 2 * latent; decoder dense to (H/4)*(W/4)*32, transposed conv 64 and 32 (stride 2), then 1 (stride 1).
     */
    CONV,
    /**
     * The conv net of Dupont's JointVAE ({@code jointvae/models.py}, 2018), made for 32x32 images and run here with
     * 'same' padding: encoder conv 4x4 stride 2 with 32, 64 and 64 filters (28 -> 14 -> 7 -> 4) and a dense layer of
     * 256; decoder dense 256 and 64 x 4 x 4, transposed conv 4x4 stride 2 with 32, 32 and 1 filters
     * (4 -> 8 -> 16 -> 32), the centre 28x28 kept.
     */
    DUPONT
}
