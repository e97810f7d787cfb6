package org.vaeexplorer.explore;

import org.vaeexplorer.model.ModelSpec;

/**
 * The decoder's inputs for a batch of n images, in the layout {@link LatentExplorer#decode} takes: continuous codes
 * (n x latentDim), one-hot categories of every discrete latent concatenated (n x categoricalWidth), and one-hot class
 * labels for a conditional model (n x numClasses, empty otherwise).
 */
public final class DecoderInputs {
    private final ModelSpec spec;
    private final int count;
    private final float[] z;
    private final float[] categories;
    private final float[] labels;

    public DecoderInputs(ModelSpec spec, int n) {
        this(spec, new float[n * spec.latentDim()], n);
    }

    private DecoderInputs(ModelSpec spec, float[] z, int n) {
        this.spec = spec;
        this.count = n;
        this.z = z;
        categories = new float[n * spec.categoricalWidth()];
        labels = new float[spec.conditional() ? n * spec.numClasses() : 0];
    }

    /** The inputs for {@code n} rows whose continuous codes are {@code z} (kept, not copied); see {@link #choose}. */
    public static DecoderInputs withCodes(ModelSpec spec, float[] z, int n) {
        return new DecoderInputs(spec, z, n);
    }

    /** Row {@code i}'s category of every discrete latent ({@link #oneHotCategories}) and its class {@code label}. */
    public void choose(int i, int[] chosenCategories, int label) {
        System.arraycopy(oneHotCategories(spec, chosenCategories), 0, categories, i * spec.categoricalWidth(),
                spec.categoricalWidth());
        if (spec.conditional()) {
            labels[i * spec.numClasses() + label] = 1f;
        }
    }

    /** Row {@code i}: code {@code code}, categories {@code cats} (categoricalWidth wide), class {@code label}. */
    public void set(int i, float[] code, float[] cats, int label) {
        System.arraycopy(code, 0, z, i * spec.latentDim(), spec.latentDim());
        System.arraycopy(cats, 0, categories, i * spec.categoricalWidth(), spec.categoricalWidth());
        if (spec.conditional()) {
            labels[i * spec.numClasses() + label] = 1f;
        }
    }

    /** Decodes every row with {@code explorer}: count x rows x cols pixels. */
    public float[] decodeWith(LatentExplorer explorer) {
        return explorer.decode(z, categories, labels, count);
    }

    public int count() {
        return count;
    }

    public float[] z() {
        return z;
    }

    public float[] categories() {
        return categories;
    }

    public float[] labels() {
        return labels;
    }

    /** The concatenated one-hot vectors of the chosen category of each discrete latent. */
    public static float[] oneHotCategories(ModelSpec spec, int[] chosen) {
        float[] out = new float[spec.categoricalWidth()];
        int offset = 0;
        for (int l = 0; l < spec.categories().size(); l++) {
            out[offset + (l < chosen.length ? chosen[l] : 0)] = 1f;
            offset += spec.categories().get(l);
        }
        return out;
    }
}
