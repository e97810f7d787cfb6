package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * What the decoder path tests share: the graph's own images ({@link GraphNames#DECODED}) against
 * {@link VaeModel#decode}'s.
 */
final class DecoderImages {
    private DecoderImages() {
    }

    /**
     * {@code model.decode} of n codes (categories one-hot and, in row 0, in between; one label per row) equals the
     * graph's images within 1e-5, with the decoder's biases made non-zero first (a fresh model's are zero, which
     * would hide a bias applied at the wrong place).
     */
    static void assertSameImages(ModelSpec spec, int n) {
        assertSameImages(VaeModel.create(spec, 5, 1e-3), n);
    }

    static void assertSameImages(VaeModel model, int n) {
        ModelSpec spec = model.spec();
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
        float[] path = FlatCodes.decode(model, z, categories, labels, n);
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

    static float[] graphImages(VaeModel model, ModelSpec spec, float[] z, float[] categories, float[] labels,
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

    static float[] values(SplittableRandom r, int count, double scale) {
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            v[i] = (float) r.nextDouble(-scale, scale);
        }
        return v;
    }
}
