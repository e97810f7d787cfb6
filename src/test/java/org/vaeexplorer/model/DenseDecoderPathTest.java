package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.decoding.DenseDecoderPath;

/**
 * {@link VaeModel#decode} of an MLP model goes through {@link DenseDecoderPath}; it must give the graph's own images
 * for every decoder input the explorer builds (codes, categories, labels, any number of hidden layers), and follow
 * the weights when a training run refreshes the explorer's copy.
 */
class DenseDecoderPathTest {
    @Test
    void theMlpVaeDecoderGivesTheGraphsImagesThroughBothTheJavaLoopAndGemm() {
        ModelSpec spec = ModelSpecBuilder.of(ModelKind.VAE).images(28, 28, 10).latent(2).build();
        DecoderImages.assertSameImages(spec, 1);
        DecoderImages.assertSameImages(spec, DenseDecoderPath.JAVA_ROWS);
        DecoderImages.assertSameImages(spec, DenseDecoderPath.JAVA_ROWS + 3);
    }

    @Test
    void conditionalAndJointDecodersWithTwoHiddenLayersGiveTheGraphsImages() {
        DecoderImages.assertSameImages(ModelSpecBuilder.of(ModelKind.CVAE).images(12, 16, 3).hidden(List.of(40, 24))
                .latent(3).build(), 5);
        DecoderImages.assertSameImages(ModelSpecBuilder.of(ModelKind.CVAE).images(12, 16, 3).hidden(List.of(40, 24))
                .latent(3).build(), 2);
        DecoderImages.assertSameImages(ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(28, 28, 10)
                .hidden(List.of(64, 32)).latent(4).categories(List.of(10)).build(), 6);
        DecoderImages.assertSameImages(ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(28, 28, 10)
                .hidden(List.of(64, 32)).latent(4).categories(List.of(10)).build(), 1);
    }

    @Test
    void aRefreshedCopyIsDecodedWithItsNewWeights() {
        ModelSpec spec = ModelSpecBuilder.of(ModelKind.VAE).images(28, 28, 10).latent(2).build();
        VaeModel copy = VaeModel.create(spec, 1, 1e-3);
        VaeModel trained = VaeModel.create(spec, 2, 1e-3);
        float[] z = DecoderImages.values(new SplittableRandom(8), 2 * 3, 2);
        float[] before = FlatCodes.decode(copy, z, new float[0], new float[0], 3);
        copy.copyWeightsFrom(trained);
        float[] after = FlatCodes.decode(copy, z, new float[0], new float[0], 3);
        assertFalse(Arrays.equals(before, after), "other weights, other images");
        assertArrayEquals(FlatCodes.decode(trained, z, new float[0], new float[0], 3), after);
        DecoderImages.assertSameImages(copy, 3);
    }

    @Test
    void keptArraysNeverCarryAnEarlierDecodeIntoALaterOne() {
        VaeModel model = VaeModel.create(ModelSpecBuilder.of(ModelKind.VAE).images(28, 28, 10).latent(2).build(), 3,
                1e-3);
        SplittableRandom r = new SplittableRandom(5);
        float[] one = DecoderImages.values(r, 2, 3);
        float[] first = FlatCodes.decode(model, one, new float[0], new float[0], 1);
        float[] many = DecoderImages.values(r, 2 * 400, 3);
        float[] all = FlatCodes.decode(model, many, new float[0], new float[0], 400);
        FlatCodes.decode(model, DecoderImages.values(r, 2, 3), new float[0], new float[0], 1);
        assertArrayEquals(first, FlatCodes.decode(model, one, new float[0], new float[0], 1));
        for (int i : new int[] {0, 399}) {
            float[] alone = FlatCodes.decode(model, Arrays.copyOfRange(many, 2 * i, 2 * i + 2), new float[0],
                    new float[0], 1);
            assertArrayEquals(alone, Arrays.copyOfRange(all, i * 784, (i + 1) * 784), 1e-6f, "image " + i);
        }
    }
}
