package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/** The encoder and decoder bodies for each {@link Backbone}. */
final class Networks {
    private Networks() {
    }

    /** Maps a flat image batch [B, H*W] (and an optional one-hot label) to features [B, width()]. */
    interface Encoder {
        SDVariable apply(SDVariable x, SDVariable labelOrNull);

        int width();
    }

    /** Maps a code [B, in] to pixel logits [B, H*W]. Applied twice: training path and decoding entry. */
    interface Decoder {
        SDVariable apply(SDVariable code);
    }

    static Encoder encoder(SameDiff sd, WeightInit init, ModelSpec spec) {
        return switch (spec.backbone()) {
            case MLP -> new MlpEncoder(sd, init, spec);
            case CONV -> new ConvEncoder(sd, init, spec);
            case DUPONT -> new DupontNet.Encoder(sd, init, spec);
        };
    }

    static Decoder decoder(SameDiff sd, WeightInit init, ModelSpec spec, int codeWidth) {
        return switch (spec.backbone()) {
            case MLP -> new MlpDecoder(sd, init, spec, codeWidth);
            case CONV -> new ConvDecoder(sd, init, spec, codeWidth);
            case DUPONT -> new DupontNet.Decoder(sd, init, spec, codeWidth);
        };
    }

    /** ReLU layers on [x, y]: the CVAE of Sohn et al. 2015 concatenates the one-hot label to the input. */
    private static final class MlpEncoder implements Encoder {
        private final SameDiff sd;
        private final List<Layers.Dense> layers = new ArrayList<>();
        private final int width;

        MlpEncoder(SameDiff sd, WeightInit init, ModelSpec spec) {
            this.sd = sd;
            int in = spec.pixels() + (spec.conditional() ? spec.numClasses() : 0);
            for (int i = 0; i < spec.hidden().size(); i++) {
                int out = spec.hidden().get(i);
                layers.add(new Layers.Dense(sd, init, "enc_" + i, in, out));
                in = out;
            }
            width = in;
        }

        @Override
        public SDVariable apply(SDVariable x, SDVariable label) {
            SDVariable h = label == null ? x : sd.concat(1, x, label);
            for (Layers.Dense layer : layers) {
                h = sd.nn().relu(layer.apply(h), 0);
            }
            return h;
        }

        @Override
        public int width() {
            return width;
        }
    }

    private static final class MlpDecoder implements Decoder {
        private final SameDiff sd;
        private final List<Layers.Dense> layers = new ArrayList<>();
        private final Layers.Dense out;

        MlpDecoder(SameDiff sd, WeightInit init, ModelSpec spec, int codeWidth) {
            this.sd = sd;
            int in = codeWidth;
            List<Integer> widths = new ArrayList<>(spec.hidden());
            java.util.Collections.reverse(widths);
            for (int i = 0; i < widths.size(); i++) {
                layers.add(new Layers.Dense(sd, init, GraphNames.DECODER_PREFIX + i, in, widths.get(i)));
                in = widths.get(i);
            }
            out = new Layers.Dense(sd, init, GraphNames.DECODER_PREFIX + "out", in, spec.pixels());
        }

        @Override
        public SDVariable apply(SDVariable code) {
            SDVariable h = code;
            for (Layers.Dense layer : layers) {
                h = sd.nn().relu(layer.apply(h), 0);
            }
            return out.apply(h);
        }
    }

    /**
     * Conv 32 and 64 filters, 3x3 stride 2, VALID (28 -> 13 -> 6). For a CVAE the label becomes an extra image
     * channel through a learned embedding, as PyTorch-VAE's CVAE does.
     */
    private static final class ConvEncoder implements Encoder {
        private final SameDiff sd;
        private final ModelSpec spec;
        private final Layers.Dense labelEmbedding;
        private final Layers.Conv conv1;
        private final Layers.Conv conv2;
        private final int width;

        ConvEncoder(SameDiff sd, WeightInit init, ModelSpec spec) {
            this.sd = sd;
            this.spec = spec;
            int channels = spec.conditional() ? 2 : 1;
            labelEmbedding = spec.conditional()
                    ? new Layers.Dense(sd, init, "enc_label_embed", spec.numClasses(), spec.pixels()) : null;
            conv1 = new Layers.Conv(sd, init, "enc_conv1", channels, 32, 2);
            conv2 = new Layers.Conv(sd, init, "enc_conv2", 32, 64, 2);
            int r = ((spec.rows() - 3) / 2 + 1 - 3) / 2 + 1;
            int c = ((spec.cols() - 3) / 2 + 1 - 3) / 2 + 1;
            width = 64 * r * c;
        }

        @Override
        public SDVariable apply(SDVariable x, SDVariable label) {
            SDVariable img = sd.reshape(x, -1, 1, spec.rows(), spec.cols());
            if (label != null) {
                SDVariable plane = sd.reshape(labelEmbedding.apply(label), -1, 1, spec.rows(), spec.cols());
                img = sd.concat(1, img, plane);
            }
            SDVariable h = sd.nn().relu(conv1.apply(sd, img), 0);
            h = sd.nn().relu(conv2.apply(sd, h), 0);
            return sd.reshape(h, -1, width);
        }

        @Override
        public int width() {
            return width;
        }
    }

    /** Dense to 32 x H/4 x W/4, transposed conv 64 and 32 (stride 2, ReLU), then 1 (stride 1) to logits. */
    private static final class ConvDecoder implements Decoder {
        private final SameDiff sd;
        private final ModelSpec spec;
        private final Layers.Dense dense;
        private final Layers.Deconv deconv1;
        private final Layers.Deconv deconv2;
        private final Layers.Deconv deconv3;

        ConvDecoder(SameDiff sd, WeightInit init, ModelSpec spec, int codeWidth) {
            this.sd = sd;
            this.spec = spec;
            String p = GraphNames.DECODER_PREFIX;
            dense = new Layers.Dense(sd, init, p + "dense", codeWidth, 32 * (spec.rows() / 4) * (spec.cols() / 4));
            deconv1 = new Layers.Deconv(sd, init, p + "deconv1", 32, 64, 2);
            deconv2 = new Layers.Deconv(sd, init, p + "deconv2", 64, 32, 2);
            deconv3 = new Layers.Deconv(sd, init, p + "deconv3", 32, 1, 1);
        }

        @Override
        public SDVariable apply(SDVariable code) {
            int r = spec.rows() / 4;
            int c = spec.cols() / 4;
            SDVariable h = sd.reshape(sd.nn().relu(dense.apply(code), 0), -1, 32, r, c);
            h = sd.nn().relu(deconv1.apply(sd, h, r, c), 0);
            h = sd.nn().relu(deconv2.apply(sd, h, 2 * r, 2 * c), 0);
            h = deconv3.apply(sd, h, 4 * r, 4 * c);
            return sd.reshape(h, -1, spec.pixels());
        }
    }
}
