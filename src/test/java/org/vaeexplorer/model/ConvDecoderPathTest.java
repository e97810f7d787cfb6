package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
        float[] first = model.decode(a, new float[0], new float[0], 6);
        model.decode(values(r, 2 * 2, 3), new float[0], new float[0], 2);
        model.decode(values(r, 6 * 2, 3), new float[0], new float[0], 6);
        assertArrayEquals(first, model.decode(a, new float[0], new float[0], 6));
        assertEquals(0, model.decode(new float[0], new float[0], new float[0], 0).length, "no codes, no images");
        // More codes than one run: each image is the one its code gives alone.
        float[] many = values(r, 450 * 2, 3);
        float[] all = model.decode(many, new float[0], new float[0], 450);
        for (int i : new int[] {0, 224, 225, 449}) {
            float[] alone = model.decode(java.util.Arrays.copyOfRange(many, 2 * i, 2 * i + 2), new float[0],
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

    @Test
    void onlyConvBackbonesInSinglePrecisionTakeThePath() {
        ModelSpec conv = ModelKind.CONV_VAE.defaultSpec(28, 28, 10);
        assertTrue(ConvDecoderPath.covers(conv, DataType.FLOAT));
        assertFalse(ConvDecoderPath.covers(conv, DataType.DOUBLE));
        assertFalse(ConvDecoderPath.covers(ModelKind.VAE.defaultSpec(28, 28, 10), DataType.FLOAT));
    }

    private static void assertSameImages(ModelSpec spec, int n) {
        VaeModel model = VaeModel.create(spec, 5, 1e-3);
        SplittableRandom r = new SplittableRandom(3);
        for (SDVariable v : model.graph().variables()) {
            if (v.getVarName().startsWith(GraphNames.DECODER_PREFIX) && v.getVarName().endsWith("_b")) {
                INDArray b = v.getArr();
                for (long i = 0; i < b.length(); i++) {
                    b.putScalar(i, r.nextDouble(-0.3, 0.3));
                }
            }
        }
        float[] z = values(r, n * spec.latentDim(), 2.5);
        float[] categories = new float[n * spec.categoricalWidth()];
        for (int i = 0; i < n; i++) {
            // Row 0 between categories (a slider), the others one-hot.
            for (int c = 0; c < spec.categoricalWidth(); c++) {
                categories[i * spec.categoricalWidth() + c] = i == 0 ? 1f / spec.categoricalWidth()
                        : (c == i % spec.categoricalWidth() ? 1f : 0f);
            }
        }
        float[] labels = new float[spec.conditional() ? n * spec.numClasses() : 0];
        for (int i = 0; spec.conditional() && i < n; i++) {
            labels[i * spec.numClasses() + i % spec.numClasses()] = 1f;
        }
        float[] path = model.decode(z, categories, labels, n);
        float[] graph = graphImages(model, spec, z, categories, labels, n);
        assertEquals(graph.length, path.length);
        double worst = 0;
        double spread = 0;
        for (int i = 0; i < graph.length; i++) {
            worst = Math.max(worst, Math.abs(graph[i] - path[i]));
            spread = Math.max(spread, Math.abs(graph[i] - graph[0]));
        }
        assertEquals(0, worst, 1e-5, "largest difference from the graph's image");
        assertTrue(spread > 0.01, "the images are not constant, so the comparison means something: " + spread);
    }

    private static float[] graphImages(VaeModel model, ModelSpec spec, float[] z, float[] categories, float[] labels,
                                       int n) {
        Map<String, INDArray> feed = new LinkedHashMap<>();
        if (spec.latentDim() > 0) {
            feed.put(GraphNames.Z_IN, Nd4j.create(z, new long[] {n, spec.latentDim()}, 'c'));
        }
        if (spec.hasCategorical()) {
            feed.put(GraphNames.CAT_IN, Nd4j.create(categories, new long[] {n, spec.categoricalWidth()}, 'c'));
        }
        if (spec.conditional()) {
            feed.put(GraphNames.LABEL_IN, Nd4j.create(labels, new long[] {n, spec.numClasses()}, 'c'));
        }
        return model.output(feed, GraphNames.DECODED).get(GraphNames.DECODED).reshape(-1).toFloatVector();
    }

    private static float[] values(SplittableRandom r, int count, double scale) {
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            v[i] = (float) r.nextDouble(-scale, scale);
        }
        return v;
    }
}
