package org.vaeexplorer.model.graph;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.ModelSpec;

/**
 * {@link Backbone#DUPONT}: the encoder and decoder of Dupont's JointVAE (2018, {@code jointvae/models.py}), whose
 * discrete code is the one that found the ten digits in the paper. Dupont resized MNIST to 32x32; here the 28x28
 * images go in as they are, 'same' padding takes them to 14, 7 and 4 (Dupont's 4x4 features), and the decoder's
 * 32x32 output is cropped to its centre. A 64-pixel model ({@link ModelSpec#extraStages()} 1) gains the two layers
 * Dupont's code adds for 64x64 images: {@code enc_conv1b}, conv 4x4 stride 2 with 32 filters after the first, and
 * {@code deconv0}, a transposed conv 64 -> 64 before the decoder's first, so its features are 4x4 again.
 */
public final class DupontNet {
    static final int HIDDEN = 256;
    private static final int K = 4;
    private static final String P = GraphNames.DECODER_PREFIX;

    private DupontNet() {
    }

    /** ceil(side / 8): the side of the features after three stride-2 'same' convolutions. */
    public static int featureSide(int side) {
        return featureSide(side, 0);
    }

    /** ceil(side / 2^(3 + extra)): the side of the features after the encoder's stride-2 'same' convolutions. */
    static int featureSide(int side, int extra) {
        int down = 8 << extra;
        return (side + down - 1) / down;
    }

    /**
     * On the image's C channels, conv 4x4 stride 2 with 32, 64 and 64 filters, then a dense ReLU layer of
     * {@value #HIDDEN}.
     */
    static NetworkLayers.Stack encoder(ModelSpec spec) {
        int extra = spec.extraStages();
        int features = 64 * featureSide(spec.rows(), extra) * featureSide(spec.cols(), extra);
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer.ToImage(spec.channels(), spec.rows(), spec.cols()));
        layers.add(new Layer.Conv("enc_conv1", spec.channels(), 32, K, 2, true, true));
        if (extra == 1) {
            layers.add(new Layer.Conv("enc_conv1b", 32, 32, K, 2, true, true));
        }
        layers.add(new Layer.Conv("enc_conv2", 32, 64, K, 2, true, true));
        layers.add(new Layer.Conv("enc_conv3", 64, 64, K, 2, true, true));
        layers.add(new Layer.Flatten(features));
        layers.add(new Layer.Dense("enc_dense", features, HIDDEN, true));
        return new NetworkLayers.Stack(layers, HIDDEN);
    }

    /** Dense 256 and 64 x F x F, transposed conv 4x4 stride 2 with 32, 32 and C filters, the centre kept. */
    static NetworkLayers.Stack decoder(ModelSpec spec, int codeWidth) {
        int extra = spec.extraStages();
        int rows = featureSide(spec.rows(), extra);
        int cols = featureSide(spec.cols(), extra);
        int top = ((8 << extra) * rows - spec.rows()) / 2;
        int left = ((8 << extra) * cols - spec.cols()) / 2;
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer.Dense(P + "dense1", codeWidth, HIDDEN, true));
        layers.add(new Layer.Dense(P + "dense2", HIDDEN, 64 * rows * cols, true));
        layers.add(new Layer.ToImage(64, rows, cols));
        if (extra == 1) {
            layers.add(new Layer.Deconv(P + "deconv0", 64, 64, K, 2, rows, cols, true));
            rows *= 2;
            cols *= 2;
        }
        layers.add(new Layer.Deconv(P + "deconv1", 64, 32, K, 2, rows, cols, true));
        layers.add(new Layer.Deconv(P + "deconv2", 32, 32, K, 2, 2 * rows, 2 * cols, true));
        layers.add(new Layer.Deconv(P + "deconv3", 32, spec.channels(), K, 2, 4 * rows, 4 * cols, false));
        layers.add(new Layer.Crop(top, left, spec.rows(), spec.cols()));
        layers.add(new Layer.Flatten(spec.pixels()));
        return new NetworkLayers.Stack(layers, spec.pixels());
    }
}
