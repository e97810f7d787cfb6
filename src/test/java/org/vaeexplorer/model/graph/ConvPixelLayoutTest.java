package org.vaeexplorer.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.explore.GreyPng;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;

/**
 * Where a colour pixel is on its way through a conv model (issue 31's grey shapes): an MLP does not care how the
 * values of a row are ordered, a convolution does, so a row laid out one way (channel-planar, {@link ImageDataset})
 * and reshaped another (interleaved) would train a conv net on scrambled images while the MLP still learned. One
 * coloured pixel at a known row and column of a stored image must reach the conv encoder's input tensor
 * [B, C, H, W] at that channel, row and column, and its first convolution must compute what a 3x3 VALID stride-2
 * convolution with weights [kH, kW, in, out] computes by hand; on the way out, one pixel of the decoder's last
 * transposed convolution must become the flattened row's value of that channel at that place, and the PNG must
 * show it there in that colour. For the 32-pixel layer stack and the 64-pixel one (its extra stages), with the
 * pixel off every axis of symmetry, so a transposed image or swapped channels move it.
 */
class ConvPixelLayoutTest {
    private static final int CHANNELS = 3;

    @ParameterizedTest(name = "{0}x{0}, channel {1} at ({2}, {3})")
    @CsvSource({"32, 0, 5, 22", "32, 1, 30, 3", "32, 2, 17, 9", "64, 0, 41, 9", "64, 2, 6, 57"})
    void aStoredPixelReachesTheConvInputAtItsChannelRowAndColumn(int side, int channel, int row, int col) {
        ModelSpec spec = spec(side);
        float[] batch = onePixelImage(side, channel, row, col).batch(new int[] {0}, PixelScaling.GREY);
        List<Layer> encoder = Networks.encoder(spec).layers();
        INDArray input = run(encoder.subList(0, 1), batch, new long[] {1, batch.length}, null);
        assertEquals(List.of(1L, (long) CHANNELS, (long) side, (long) side), List.of(box(input.shape())));
        for (int c = 0; c < CHANNELS; c++) {
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    float expected = c == channel && y == row && x == col ? 1f : 0f;
                    assertEquals(expected, input.getFloat(0, c, y, x), "input[" + c + ", " + y + ", " + x + "]");
                }
            }
        }
        Layer.Conv conv1 = (Layer.Conv) encoder.get(1);
        float[] w = positiveWeights(3 * 3 * CHANNELS * conv1.out());
        INDArray features = run(encoder.subList(0, 2), batch, new long[] {1, batch.length}, w);
        int out = (side - 3) / 2 + 1;
        assertEquals(List.of(1L, (long) conv1.out(), (long) out, (long) out), List.of(box(features.shape())));
        for (int o = 0; o < conv1.out(); o++) {
            for (int y = 0; y < out; y++) {
                for (int x = 0; x < out; x++) {
                    int dy = row - 2 * y;
                    int dx = col - 2 * x;
                    boolean seen = dy >= 0 && dy < 3 && dx >= 0 && dx < 3;
                    float expected = seen ? w[((dy * 3 + dx) * CHANNELS + channel) * conv1.out() + o] : 0f;
                    assertEquals(expected, features.getFloat(0, o, y, x), 1e-6,
                            "conv1 filter " + o + " at (" + y + ", " + x + ")");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}x{0}, channel {1} at ({2}, {3})")
    @CsvSource({"32, 0, 5, 22", "32, 1, 30, 3", "32, 2, 17, 9", "64, 1, 41, 9", "64, 2, 6, 57"})
    void aDecodedPixelRendersAtItsPlaceInItsColour(int side, int channel, int row, int col) {
        ModelSpec spec = spec(side);
        List<Layer> decoder = Networks.decoder(spec, 2).layers();
        List<Layer> tail = decoder.subList(decoder.size() - 2, decoder.size());
        Layer.Deconv last = (Layer.Deconv) tail.get(0);
        assertEquals(List.of(CHANNELS, side, side, 1), List.of(last.out(), last.inRows(), last.inCols(), last.stride()),
                "the decoder ends in a stride-1 transposed convolution to the images' channels at full size");
        // The kernel's centre tap alone, from feature 0 to the pixel's channel: the 'same' transposed convolution
        // copies feature 0 to that channel at the same place, whichever way the kernel is flipped.
        float[] w = new float[3 * 3 * CHANNELS * last.in()];
        w[((1 * 3 + 1) * CHANNELS + channel) * last.in()] = 1f;
        float[] features = new float[last.in() * side * side];
        features[row * side + col] = 1f;
        INDArray rows = run(tail, features, new long[] {1, last.in(), side, side}, w);
        float[] image = rows.reshape(-1).toFloatVector();
        assertEquals(CHANNELS * side * side, image.length);
        for (int i = 0; i < image.length; i++) {
            float expected = i == (channel * side + row) * side + col ? 1f : 0f;
            assertEquals(expected, image[i], 1e-6, "value " + i + " of the decoded row");
        }
        BufferedImage png = GreyPng.grid(image, 1, side, side, CHANNELS, 1, 1);
        int colour = 0xFF << (8 * (2 - channel));
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int expected = y == row && x == col ? colour : 0;
                assertEquals(Integer.toHexString(expected), Integer.toHexString(png.getRGB(x, y) & 0xFFFFFF),
                        "PNG pixel (" + y + ", " + x + ")");
            }
        }
    }

    private static ModelSpec spec(int side) {
        return ModelSpecBuilder.of(ModelKind.CONV_VAE).images(side, side, CHANNELS, 2).latent(2).build();
    }

    /** One image of the dataset's own storage (channel-planar), black but for one full pixel of one channel. */
    private static ImageDataset onePixelImage(int side, int channel, int row, int col) {
        byte[] pixels = new byte[CHANNELS * side * side];
        pixels[(channel * side + row) * side + col] = (byte) 255;
        return new ImageDataset("one-pixel", side, side, CHANNELS, pixels, new int[] {0}, List.of("a", "b"));
    }

    /**
     * The layers on {@code input} of {@code shape}: the weights of the one layer that has them are {@code w} (in
     * the order the layer documents), its bias zero.
     */
    private static INDArray run(List<Layer> layers, float[] input, long[] shape, float[] w) {
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, shape);
        WeightInit init = WeightInit.from((name, s, type) -> name.endsWith("_w")
                ? Nd4j.create(w, s, 'c').castTo(type) : Nd4j.zeros(type, s), DataType.FLOAT);
        NetworkLayers.Stack stack = new NetworkLayers.Stack(new ArrayList<>(layers), 1);
        SDVariable y = new Layers.Stack(sd, init, stack).apply(x, null);
        return sd.output(java.util.Map.of("x", Nd4j.create(input, shape, 'c')), y.name()).get(y.name());
    }

    /** Distinct positive weights, so a ReLU keeps every one and a weight read from the wrong place shows. */
    private static float[] positiveWeights(int n) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1f + i / (float) n;
        }
        return w;
    }

    private static Long[] box(long[] values) {
        Long[] out = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
