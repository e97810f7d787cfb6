package org.vaeexplorer.model.classifier;

/**
 * What a sample-quality classifier takes and gives: images of {@code rows x cols x channels} (channel-planar, as the
 * datasets store them) into {@code classes} classes. Its network is fixed by these numbers: two 3x3 'same'
 * convolutions of {@value #CONV1} and {@value #CONV2} filters, each with ReLU and a 2x2 max-pool of stride 2, then a
 * dense layer of {@value #FEATURES} ReLU units (the penultimate layer, whose activations are the features the Frechet
 * distance compares) and a dense softmax layer over the classes.
 */
public record ClassifierShape(int rows, int cols, int channels, int classes) {
    public static final int CONV1 = 32;
    public static final int CONV2 = 64;
    public static final int FEATURES = 128;
    /** The architecture's name in a classifier file's manifest: a file naming another one is refused. */
    public static final String ARCHITECTURE = "conv3x3-32-pool-conv3x3-64-pool-dense128";

    public ClassifierShape {
        if (rows < 4 || cols < 4 || rows > 512 || cols > 512 || (channels != 1 && channels != 3)
                || classes < 2 || classes > 1000) {
            throw new IllegalArgumentException("a classifier of " + rows + "x" + cols + "x" + channels + " images"
                    + " into " + classes + " classes cannot be built");
        }
    }

    public int pixels() {
        return rows * cols * channels;
    }

    /** Rows after the two pools: each 'same' pool of stride 2 rounds up. */
    int pooledRows() {
        return (rows + 3) / 4;
    }

    int pooledCols() {
        return (cols + 3) / 4;
    }

    /** The width of the flattened second pool, the dense layer's input. */
    int flatWidth() {
        return CONV2 * pooledRows() * pooledCols();
    }
}
