package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaeexplorer.model.DecoderImages.assertSameImages;
import static org.vaeexplorer.model.DecoderImages.values;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.decoding.ConvDecoderPath;
import org.vaeexplorer.model.decoding.DecoderBuffers;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * {@link VaeModel#decode} of a conv model goes through {@link ConvDecoderPath}; it must give the graph's own images
 * ({@link GraphNames#DECODED}) for every decoder input the explorer builds: continuous codes, categories (one-hot
 * and in between), labels, image sizes that the Dupont net crops, and biases that are not zero (a fresh model's
 * are, which would hide a bias applied at the wrong place).
 */
class ConvDecoderPathTest {
    @Test
    void theTensorFlowTutorialDecoderGivesTheGraphsImages() {
        assertSameImages(ModelSpecBuilder.of(ModelKind.CONV_VAE).images(28, 28, 10).latent(2).build(), 7);
    }

    @Test
    void aConditionalConvDecoderGivesTheGraphsImagesOnOtherSizes() {
        assertSameImages(ModelSpecBuilder.of(ModelKind.CVAE).backbone(Backbone.CONV).images(12, 16, 3).latent(3)
                .build(), 5);
    }

    @Test
    void dupontsDecoderGivesTheGraphsImagesForCodesAndCategories() {
        assertSameImages(ModelSpecBuilder.of(ModelKind.JOINT_VAE).backbone(Backbone.DUPONT).images(28, 28, 10)
                .latent(4).categories(List.of(10)).build(), 6);
        assertSameImages(ModelSpecBuilder.of(ModelKind.JOINT_VAE).backbone(Backbone.DUPONT).images(20, 26, 10)
                .latent(2).categories(List.of(3, 4)).build(), 3);
    }

    @Test
    void keptArraysNeverCarryAnEarlierDecodeIntoALaterOne() {
        ModelSpec spec = ModelSpecBuilder.of(ModelKind.CONV_VAE).images(28, 28, 10).latent(2).build();
        VaeModel model = VaeModel.create(spec, 9, 1e-3);
        SplittableRandom r = new SplittableRandom(4);
        float[] a = values(r, 6 * 2, 3);
        float[] first = FlatCodes.decode(model, a, new float[0], new float[0], 6);
        FlatCodes.decode(model, values(r, 2 * 2, 3), new float[0], new float[0], 2);
        FlatCodes.decode(model, values(r, 6 * 2, 3), new float[0], new float[0], 6);
        assertArrayEquals(first, FlatCodes.decode(model, a, new float[0], new float[0], 6));
        assertEquals(0, FlatCodes.decode(model, new float[0], new float[0], new float[0], 0).length,
                "no codes, no images");
        // More codes than one run: each image is the one its code gives alone.
        float[] many = values(r, 450 * 2, 3);
        float[] all = FlatCodes.decode(model, many, new float[0], new float[0], 450);
        for (int i : new int[] {0, 224, 225, 449}) {
            float[] alone = FlatCodes.decode(model, java.util.Arrays.copyOfRange(many, 2 * i, 2 * i + 2), new float[0],
                    new float[0], 1);
            assertArrayEquals(alone, java.util.Arrays.copyOfRange(all, i * 784, (i + 1) * 784), 1e-6f, "image " + i);
        }
    }

    @Test
    void buffersOfTheLeastRecentBatchSizeAreFreed() {
        DecoderBuffers buffers = new DecoderBuffers();
        INDArray one = buffers.get(1, "columns", 4, 9);
        assertSame(one, buffers.get(1, "columns", 4, 9), "the same array for the same batch size");
        buffers.get(200, "columns", 800, 9);
        buffers.get(7, "columns", 28, 9);
        buffers.get(1, "columns", 4, 9);
        buffers.get(50, "columns", 200, 9);
        assertFalse(one.wasClosed(), "size 1 was used again, so size 200 went");
        INDArray resized = buffers.get(1, "columns", 8, 9);
        assertTrue(one.wasClosed() && resized.rows() == 8, "a new shape for a slot frees the old array");
    }
}
