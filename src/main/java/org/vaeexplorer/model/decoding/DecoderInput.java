package org.vaeexplorer.model.decoding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * The one place that lays {@link LatentCodes} out as the decoder's input: row i is [z_i | c_1,i | ... | c_k,i | y_i],
 * the order in which the graph concatenates its decoding entry (z_in, cat_in, label_in), leaving out the parts the
 * model does not have. The fast decoders take these rows; the graph takes the same parts as its placeholders.
 */
public final class DecoderInput {
    private DecoderInput() {
    }

    /** Refuses codes whose parts do not have the widths {@code spec}'s decoder takes. */
    public static void check(ModelSpec spec, LatentCodes codes) {
        int n = codes.count();
        boolean fits = codes.continuous().length == n * spec.latentDim()
                && codes.categories().size() == spec.categories().size()
                && codes.labels().length == (spec.conditional() ? n * spec.numClasses() : 0);
        for (int l = 0; fits && l < codes.categories().size(); l++) {
            fits = codes.categories().get(l).length == n * spec.categories().get(l);
        }
        if (!fits) {
            throw new IllegalArgumentException(n + " codes do not fit the decoder of " + spec.latentDim()
                    + " continuous dimensions, discrete latents " + spec.categories() + (spec.conditional()
                    ? " and " + spec.numClasses() + " classes" : ""));
        }
    }

    /** n rows of [z | c_1 | ... | c_k | y], for the fast decoders. */
    static float[] rows(LatentCodes codes) {
        List<float[]> parts = new ArrayList<>();
        parts.add(codes.continuous());
        parts.addAll(codes.categories());
        parts.add(codes.labels());
        return sideBySide(codes.count(), parts);
    }

    /** The graph's decoding placeholders: z_in, cat_in = [c_1 | ... | c_k], label_in (those the model has). */
    public static Map<String, INDArray> feed(VaeModel model, LatentCodes codes) {
        ModelSpec spec = model.spec();
        int n = codes.count();
        Map<String, INDArray> feed = new LinkedHashMap<>();
        if (spec.latentDim() > 0) {
            feed.put(GraphNames.Z_IN, model.matrix(codes.continuous(), n));
        }
        if (spec.hasCategorical()) {
            feed.put(GraphNames.CAT_IN, model.matrix(sideBySide(n, codes.categories()), n));
        }
        if (spec.conditional()) {
            feed.put(GraphNames.LABEL_IN, model.matrix(codes.labels(), n));
        }
        return feed;
    }

    private static float[] sideBySide(int n, List<float[]> parts) {
        int width = 0;
        for (float[] p : parts) {
            width += p.length / n;
        }
        float[] out = new float[n * width];
        int offset = 0;
        for (float[] p : parts) {
            int w = p.length / n;
            for (int i = 0; i < n; i++) {
                System.arraycopy(p, i * w, out, i * width + offset, w);
            }
            offset += w;
        }
        return out;
    }
}
