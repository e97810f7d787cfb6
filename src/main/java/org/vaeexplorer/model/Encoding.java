package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * {@link VaeModel#encode} and {@link VaeModel#reconstruct}: the graph run at the means (no noise; each categorical
 * code its one-hot argmax, as Dupont evaluates JointVAE), its outputs copied to Java arrays.
 */
final class Encoding {
    private Encoding() {
    }

    static Posterior posterior(VaeModel model, Batch batch) {
        ModelSpec spec = model.spec();
        List<String> names = new ArrayList<>();
        if (spec.latentDim() > 0) {
            names.add(GraphNames.MU);
            names.add(GraphNames.LOGVAR);
        }
        if (spec.hasCategorical()) {
            names.add(GraphNames.CAT_PROBS);
        }
        Map<String, float[]> out = atTheMeans(model, batch, names.toArray(new String[0]));
        int n = batch.size();
        float[] none = new float[0];
        return new Posterior(n, out.getOrDefault(GraphNames.MU, none), out.getOrDefault(GraphNames.LOGVAR, none),
                spec.hasCategorical() ? blocks(out.get(GraphNames.CAT_PROBS), n, spec.categories()) : List.of());
    }

    static float[] reconstruction(VaeModel model, Batch batch) {
        return atTheMeans(model, batch, GraphNames.X_MEAN).get(GraphNames.X_MEAN);
    }

    private static Map<String, float[]> atTheMeans(VaeModel model, Batch batch, String... names) {
        return model.outputs(batch, NoiseSource.seeded(0), Schedules.at(model.spec(), 0), true, names);
    }

    /** The graph's concatenated probabilities [alpha_1 | ... | alpha_k] split into one block per latent. */
    private static List<float[]> blocks(float[] concatenated, int n, List<Integer> sizes) {
        int width = concatenated.length / n;
        List<float[]> blocks = new ArrayList<>();
        int offset = 0;
        for (int k : sizes) {
            float[] block = new float[n * k];
            for (int i = 0; i < n; i++) {
                System.arraycopy(concatenated, i * width + offset, block, i * k, k);
            }
            blocks.add(block);
            offset += k;
        }
        return blocks;
    }
}
