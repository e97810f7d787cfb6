package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Colour survives the whole model (issue 31's grey shapes): a conv VAE and an MLP VAE trained briefly on two images,
 * a red square and a blue one on black, reconstruct the red one red and the blue one blue, both through the graph's
 * own decoding entry and through the fast decoder. A layout that mixed or lost the channels anywhere (batch, the
 * reshape to [B, C, H, W], the conv and transposed-conv weights, the crop, the flatten, the loss's target, the
 * decoders) gives both the same colour.
 */
class ColourReconstructionTest {
    private static final int SIDE = 16;
    private static final int RED = 0;
    private static final int BLUE = 2;

    @Test
    void aConvVaeReconstructsRedAsRedAndBlueAsBlue() {
        assertColoursKept(ModelSpecBuilder.of(ModelKind.CONV_VAE).images(SIDE, SIDE, 3, 2).latent(2).build(), 300);
    }

    @Test
    void anMlpVaeReconstructsRedAsRedAndBlueAsBlue() {
        assertColoursKept(ModelSpecBuilder.of(ModelKind.VAE).images(SIDE, SIDE, 3, 2).hidden(List.of(32)).latent(2)
                .build(), 200);
    }

    private static void assertColoursKept(ModelSpec spec, int steps) {
        VaeModel model = VaeModel.create(spec, 11, 3e-3);
        Batch squares = squares(8);
        for (int step = 0; step < steps; step++) {
            model.fit(squares, NoiseSource.seeded(step), Schedules.at(spec, step));
        }
        Batch two = squares(2);
        float[] means = model.encode(two).means();
        float[] graph = DecoderImages.graphImages(model, spec, means, new float[0], new float[0], 2);
        float[] fast = model.decode(LatentCodes.builder(spec, 2).continuous(means).build());
        for (float[] images : List.of(graph, fast)) {
            String path = images == graph ? "graph" : "fast decoder";
            assertDominant(images, 0, RED, spec.kind() + " " + path + ", red square");
            assertDominant(images, 1, BLUE, spec.kind() + " " + path + ", blue square");
        }
    }

    /** Image {@code image}'s plane {@code channel} holds at least three times the ink of each other plane. */
    private static void assertDominant(float[] images, int image, int channel, String what) {
        int plane = SIDE * SIDE;
        double[] ink = new double[3];
        for (int c = 0; c < 3; c++) {
            for (int p = 0; p < plane; p++) {
                ink[c] += images[(image * 3 + c) * plane + p];
            }
        }
        for (int c = 0; c < 3; c++) {
            assertTrue(c == channel || ink[channel] > 3 * ink[c], what + ": planes R, G, B hold " + ink[0] + ", "
                    + ink[1] + ", " + ink[2]);
        }
    }

    /** n images alternating a red and a blue square, the middle half of a black image, channel-planar. */
    private static Batch squares(int n) {
        int plane = SIDE * SIDE;
        float[] pixels = new float[n * 3 * plane];
        for (int i = 0; i < n; i++) {
            int channel = i % 2 == 0 ? RED : BLUE;
            for (int y = SIDE / 4; y < 3 * SIDE / 4; y++) {
                for (int x = SIDE / 4; x < 3 * SIDE / 4; x++) {
                    pixels[(i * 3 + channel) * plane + y * SIDE + x] = 1f;
                }
            }
        }
        return new Batch(pixels, n, new int[n]);
    }
}
