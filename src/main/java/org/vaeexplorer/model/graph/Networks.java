package org.vaeexplorer.model.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.ModelSpec;

/**
 * The encoder and decoder bodies of each {@link Backbone}, as layer lists ({@link Layer}): the one description the
 * graph, the fast decoders and the parameter count read.
 */
public final class Networks {
    private static final String P = GraphNames.DECODER_PREFIX;

    private Networks() {
    }

    /** Maps a flat image batch [B, C*H*W] (and the one-hot label of a CVAE) to features [B, width]. */
    static NetworkLayers.Stack encoder(ModelSpec spec) {
        return switch (spec.backbone()) {
            case MLP -> mlpEncoder(spec);
            case CONV -> convEncoder(spec);
            case DUPONT -> DupontNet.encoder(spec);
        };
    }

    /** Maps a code [B, codeWidth] to pixel logits [B, C*H*W], channel-planar as the images are. */
    static NetworkLayers.Stack decoder(ModelSpec spec, int codeWidth) {
        return switch (spec.backbone()) {
            case MLP -> mlpDecoder(spec, codeWidth);
            case CONV -> convDecoder(spec, codeWidth);
            case DUPONT -> DupontNet.decoder(spec, codeWidth);
        };
    }

    /** ReLU layers on [x, y]: the CVAE of Sohn et al. 2015 concatenates the one-hot label to the input. */
    private static NetworkLayers.Stack mlpEncoder(ModelSpec spec) {
        List<Layer> layers = new ArrayList<>();
        int in = spec.pixels();
        if (spec.conditional()) {
            layers.add(new Layer.JoinLabel(spec.numClasses()));
            in += spec.numClasses();
        }
        NetworkLayers.Stack body = NetworkLayers.mlp("enc_", in, spec.hidden(), 0);
        layers.addAll(body.layers());
        return new NetworkLayers.Stack(layers, body.width());
    }

    /** ReLU layers of the encoder's widths reversed, then a linear layer to the pixels. */
    private static NetworkLayers.Stack mlpDecoder(ModelSpec spec, int codeWidth) {
        List<Integer> widths = new ArrayList<>(spec.hidden());
        Collections.reverse(widths);
        return NetworkLayers.mlp(P, codeWidth, widths, spec.pixels());
    }

    /**
     * Conv 32 and 64 filters, 3x3 stride 2, VALID (28 -> 13 -> 6, 32 -> 15 -> 7), on the image's C channels; a
     * 64-pixel model ({@link ModelSpec#extraStages()} 1) gains a third, {@code enc_conv3}, 64 filters 3x3 stride 2
     * (64 -> 31 -> 15 -> 7), so the dense layers see 7x7x64 features as at 32 pixels rather than 15x15x64. For a
     * CVAE the label becomes an extra image channel through a learned embedding, as PyTorch-VAE's CVAE does.
     */
    private static NetworkLayers.Stack convEncoder(ModelSpec spec) {
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer.ToImage(spec.channels(), spec.rows(), spec.cols()));
        if (spec.conditional()) {
            layers.add(new Layer.LabelPlane(new Layer.Dense("enc_label_embed", spec.numClasses(),
                    spec.rows() * spec.cols(), false), spec.rows(), spec.cols()));
        }
        layers.add(new Layer.Conv("enc_conv1", spec.channels() + (spec.conditional() ? 1 : 0), 32, 3, 2, false,
                true));
        layers.add(new Layer.Conv("enc_conv2", 32, 64, 3, 2, false, true));
        int r = validSide(validSide(spec.rows()));
        int c = validSide(validSide(spec.cols()));
        if (spec.extraStages() == 1) {
            layers.add(new Layer.Conv("enc_conv3", 64, 64, 3, 2, false, true));
            r = validSide(r);
            c = validSide(c);
        }
        int width = 64 * r * c;
        layers.add(new Layer.Flatten(width));
        return new NetworkLayers.Stack(layers, width);
    }

    /** The side after a 3x3 stride-2 VALID convolution. */
    private static int validSide(int side) {
        return (side - 3) / 2 + 1;
    }

    /**
     * Dense to 32 x H/4 x W/4, transposed conv 64 and 32 (stride 2, ReLU), then C (stride 1) to logits. A 64-pixel
     * model's dense layer gives 32 x H/8 x W/8 and a transposed conv 32 -> 32, {@code deconv0} (stride 2, ReLU),
     * comes first, mirroring the encoder's third stage.
     */
    private static NetworkLayers.Stack convDecoder(ModelSpec spec, int codeWidth) {
        int extra = spec.extraStages();
        int r = spec.rows() / (4 << extra);
        int c = spec.cols() / (4 << extra);
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer.Dense(P + "dense", codeWidth, 32 * r * c, true));
        layers.add(new Layer.ToImage(32, r, c));
        if (extra == 1) {
            layers.add(new Layer.Deconv(P + "deconv0", 32, 32, 3, 2, r, c, true));
            r *= 2;
            c *= 2;
        }
        layers.add(new Layer.Deconv(P + "deconv1", 32, 64, 3, 2, r, c, true));
        layers.add(new Layer.Deconv(P + "deconv2", 64, 32, 3, 2, 2 * r, 2 * c, true));
        layers.add(new Layer.Deconv(P + "deconv3", 32, spec.channels(), 3, 1, 4 * r, 4 * c, false));
        layers.add(new Layer.Flatten(spec.pixels()));
        return new NetworkLayers.Stack(layers, spec.pixels());
    }
}
