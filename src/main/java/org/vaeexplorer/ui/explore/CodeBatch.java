package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.ui.common.GreyImage;

/** Builds the decoder's inputs for n images: continuous codes, one-hot categories, one-hot labels. */
final class CodeBatch {
    private final ModelSpec spec;
    private final float[] z;
    private final float[] categories;
    private final float[] labels;

    CodeBatch(ModelSpec spec, int n) {
        this.spec = spec;
        z = new float[n * spec.latentDim()];
        categories = new float[n * spec.categoricalWidth()];
        labels = new float[spec.conditional() ? n * spec.numClasses() : 0];
    }

    /** Row {@code i}: code {@code code}, one-hot categories {@code cats} (categoricalWidth), class {@code label}. */
    void set(int i, float[] code, float[] cats, int label) {
        System.arraycopy(code, 0, z, i * spec.latentDim(), spec.latentDim());
        System.arraycopy(cats, 0, categories, i * spec.categoricalWidth(), spec.categoricalWidth());
        if (spec.conditional()) {
            labels[i * spec.numClasses() + label] = 1f;
        }
    }

    float[] z() {
        return z;
    }

    float[] categories() {
        return categories;
    }

    float[] labels() {
        return labels;
    }

    /** The concatenated one-hot vectors of the chosen category of each discrete latent. */
    static float[] oneHotCategories(ModelSpec spec, int[] chosen) {
        float[] out = new float[spec.categoricalWidth()];
        int offset = 0;
        for (int l = 0; l < spec.categories().size(); l++) {
            out[offset + (l < chosen.length ? chosen[l] : 0)] = 1f;
            offset += spec.categories().get(l);
        }
        return out;
    }

    static List<GreyImage> split(float[] pixels, int n, int rows, int cols) {
        List<GreyImage> out = new ArrayList<>(n);
        int size = rows * cols;
        for (int i = 0; i < n; i++) {
            float[] one = new float[size];
            System.arraycopy(pixels, i * size, one, 0, size);
            out.add(new GreyImage(rows, cols, one));
        }
        return out;
    }

    /** Tiles {@code images} (all rows x cols) into one image, {@code columns} per row. */
    static GreyImage tile(List<GreyImage> images, int columns, int rows, int cols) {
        int gridRows = (images.size() + columns - 1) / columns;
        int w = columns * cols;
        float[] out = new float[gridRows * rows * w];
        for (int n = 0; n < images.size(); n++) {
            float[] p = images.get(n).pixels();
            int ox = (n % columns) * cols;
            int oy = (n / columns) * rows;
            for (int r = 0; r < rows; r++) {
                System.arraycopy(p, r * cols, out, (oy + r) * w + ox, cols);
            }
        }
        return new GreyImage(gridRows * rows, w, out);
    }
}
