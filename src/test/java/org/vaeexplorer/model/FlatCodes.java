package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Tests that hold decodes to fixed numbers write their codes flat, as the decode entry once took them: z, the
 * categories of every discrete latent side by side, one-hot labels. Parts the model does not have are ignored.
 */
public final class FlatCodes {
    private FlatCodes() {
    }

    public static LatentCodes of(ModelSpec spec, float[] z, float[] categories, float[] labels, int n) {
        List<float[]> blocks = new ArrayList<>();
        int width = spec.categoricalWidth();
        int offset = 0;
        for (int k : spec.categories()) {
            float[] block = new float[n * k];
            for (int i = 0; i < n; i++) {
                System.arraycopy(categories, i * width + offset, block, i * k, k);
            }
            blocks.add(block);
            offset += k;
        }
        return new LatentCodes(n, spec.latentDim() > 0 ? z : new float[0], blocks,
                spec.conditional() ? labels : new float[0]);
    }

    public static float[] decode(VaeModel model, float[] z, float[] categories, float[] labels, int n) {
        return model.decode(of(model.spec(), z, categories, labels, n));
    }
}
