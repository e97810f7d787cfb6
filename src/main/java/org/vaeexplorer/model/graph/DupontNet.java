package org.vaeexplorer.model.graph;

import java.util.List;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.ModelSpec;

/**
 * {@link Backbone#DUPONT}: the encoder and decoder of Dupont's JointVAE (2018, {@code jointvae/models.py}), whose
 * discrete code is the one that found the ten digits in the paper. Dupont resized MNIST to 32x32; here the 28x28
 * images go in as they are, 'same' padding takes them to 14, 7 and 4 (Dupont's 4x4 features), and the decoder's
 * 32x32 output is cropped to its centre.
 */
public final class DupontNet {
    static final int HIDDEN = 256;
    private static final int K = 4;
    private static final String P = GraphNames.DECODER_PREFIX;

    private DupontNet() {
    }

    /** ceil(side / 8): the side of the features after three stride-2 'same' convolutions. */
    public static int featureSide(int side) {
        return (side + 7) / 8;
    }

    /**
     * On the image's C channels, conv 4x4 stride 2 with 32, 64 and 64 filters, then a dense ReLU layer of
     * {@value #HIDDEN}.
     */
    static NetworkLayers.Stack encoder(ModelSpec spec) {
        int features = 64 * featureSide(spec.rows()) * featureSide(spec.cols());
        return new NetworkLayers.Stack(List.of(
                new Layer.ToImage(spec.channels(), spec.rows(), spec.cols()),
                new Layer.Conv("enc_conv1", spec.channels(), 32, K, 2, true, true),
                new Layer.Conv("enc_conv2", 32, 64, K, 2, true, true),
                new Layer.Conv("enc_conv3", 64, 64, K, 2, true, true),
                new Layer.Flatten(features),
                new Layer.Dense("enc_dense", features, HIDDEN, true)), HIDDEN);
    }

    /** Dense 256 and 64 x F x F, transposed conv 4x4 stride 2 with 32, 32 and C filters, the centre kept. */
    static NetworkLayers.Stack decoder(ModelSpec spec, int codeWidth) {
        int rows = featureSide(spec.rows());
        int cols = featureSide(spec.cols());
        int top = (8 * rows - spec.rows()) / 2;
        int left = (8 * cols - spec.cols()) / 2;
        return new NetworkLayers.Stack(List.of(
                new Layer.Dense(P + "dense1", codeWidth, HIDDEN, true),
                new Layer.Dense(P + "dense2", HIDDEN, 64 * rows * cols, true),
                new Layer.ToImage(64, rows, cols),
                new Layer.Deconv(P + "deconv1", 64, 32, K, 2, rows, cols, true),
                new Layer.Deconv(P + "deconv2", 32, 32, K, 2, 2 * rows, 2 * cols, true),
                new Layer.Deconv(P + "deconv3", 32, spec.channels(), K, 2, 4 * rows, 4 * cols, false),
                new Layer.Crop(top, left, spec.rows(), spec.cols()),
                new Layer.Flatten(spec.pixels())), spec.pixels());
    }
}
