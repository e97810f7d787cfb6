package org.vaeexplorer.model;

import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

/**
 * {@link Backbone#DUPONT}: the encoder and decoder of Dupont's JointVAE (2018, {@code jointvae/models.py}), whose
 * discrete code is the one that found the ten digits in the paper. Dupont resized MNIST to 32x32; here the 28x28
 * images go in as they are, 'same' padding takes them to 14, 7 and 4 (Dupont's 4x4 features), and the decoder's
 * 32x32 output is cropped to its centre.
 */
final class DupontNet {
    static final int HIDDEN = 256;
    private static final int K = 4;

    private DupontNet() {
    }

    /** ceil(side / 8): the side of the features after three stride-2 'same' convolutions. */
    static int featureSide(int side) {
        return (side + 7) / 8;
    }

    static final class Encoder implements Networks.Encoder {
        private final SameDiff sd;
        private final ModelSpec spec;
        private final Layers.Conv conv1;
        private final Layers.Conv conv2;
        private final Layers.Conv conv3;
        private final Layers.Dense dense;
        private final int features;

        Encoder(SameDiff sd, WeightInit init, ModelSpec spec) {
            this.sd = sd;
            this.spec = spec;
            conv1 = new Layers.Conv(sd, init, "enc_conv1", 1, 32, K, 2, PaddingMode.SAME);
            conv2 = new Layers.Conv(sd, init, "enc_conv2", 32, 64, K, 2, PaddingMode.SAME);
            conv3 = new Layers.Conv(sd, init, "enc_conv3", 64, 64, K, 2, PaddingMode.SAME);
            features = 64 * featureSide(spec.rows()) * featureSide(spec.cols());
            dense = new Layers.Dense(sd, init, "enc_dense", features, HIDDEN);
        }

        @Override
        public SDVariable apply(SDVariable x, SDVariable label) {
            SDVariable h = sd.reshape(x, -1, 1, spec.rows(), spec.cols());
            h = sd.nn().relu(conv1.apply(sd, h), 0);
            h = sd.nn().relu(conv2.apply(sd, h), 0);
            h = sd.nn().relu(conv3.apply(sd, h), 0);
            return sd.nn().relu(dense.apply(sd.reshape(h, -1, features)), 0);
        }

        @Override
        public int width() {
            return HIDDEN;
        }
    }

    static final class Decoder implements Networks.Decoder {
        private final SameDiff sd;
        private final ModelSpec spec;
        private final Layers.Dense dense1;
        private final Layers.Dense dense2;
        private final Layers.Deconv deconv1;
        private final Layers.Deconv deconv2;
        private final Layers.Deconv deconv3;
        private final int rows;
        private final int cols;

        Decoder(SameDiff sd, WeightInit init, ModelSpec spec, int codeWidth) {
            this.sd = sd;
            this.spec = spec;
            rows = featureSide(spec.rows());
            cols = featureSide(spec.cols());
            String p = GraphNames.DECODER_PREFIX;
            dense1 = new Layers.Dense(sd, init, p + "dense1", codeWidth, HIDDEN);
            dense2 = new Layers.Dense(sd, init, p + "dense2", HIDDEN, 64 * rows * cols);
            deconv1 = new Layers.Deconv(sd, init, p + "deconv1", 64, 32, K, 2);
            deconv2 = new Layers.Deconv(sd, init, p + "deconv2", 32, 32, K, 2);
            deconv3 = new Layers.Deconv(sd, init, p + "deconv3", 32, 1, K, 2);
        }

        @Override
        public SDVariable apply(SDVariable code) {
            SDVariable h = sd.nn().relu(dense1.apply(code), 0);
            h = sd.reshape(sd.nn().relu(dense2.apply(h), 0), -1, 64, rows, cols);
            h = sd.nn().relu(deconv1.apply(sd, h, rows, cols), 0);
            h = sd.nn().relu(deconv2.apply(sd, h, 2 * rows, 2 * cols), 0);
            h = deconv3.apply(sd, h, 4 * rows, 4 * cols);
            int top = (8 * rows - spec.rows()) / 2;
            int left = (8 * cols - spec.cols()) / 2;
            h = h.get(SDIndex.all(), SDIndex.all(), SDIndex.interval(top, top + spec.rows()),
                    SDIndex.interval(left, left + spec.cols()));
            return sd.reshape(h, -1, spec.pixels());
        }
    }
}
