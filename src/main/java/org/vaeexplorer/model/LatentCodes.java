package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.model.decoding.DecoderInput;

/**
 * Codes for the decoder, n of them: the continuous code z, one block per discrete latent c_l (one-hot, or any point
 * of the simplex: the decoder takes a blend as well), and for a conditional model the class y one-hot. The model
 * concatenates them as the decoder's input [z | c_1 | ... | c_k | y] ({@link DecoderInput}); build them with
 * {@link #builder}.
 *
 * @param count      the number of codes
 * @param continuous z, count x latentDim, row-major (empty without a continuous latent)
 * @param categories one block per discrete latent, block l count x k_l
 * @param labels     count x numClasses for a conditional model, else empty
 */
public record LatentCodes(int count, float[] continuous, List<float[]> categories, float[] labels) {
    public LatentCodes {
        if (count < 0) {
            throw new IllegalArgumentException("a negative number of codes: " + count);
        }
        categories = List.copyOf(categories);
    }

    /** {@code n} codes of {@code spec}'s decoder, all zero (no category and no class chosen yet). */
    public static Builder builder(ModelSpec spec, int n) {
        return new Builder(spec, n);
    }

    /** Fills codes row by row; {@link #build} hands out the arrays themselves (they are not copied). */
    public static final class Builder {
        private final ModelSpec spec;
        private final int count;
        private float[] z;
        private final List<float[]> categories = new ArrayList<>();
        private final float[] labels;

        private Builder(ModelSpec spec, int n) {
            this.spec = spec;
            this.count = n;
            this.z = new float[n * spec.latentDim()];
            for (int k : spec.categories()) {
                categories.add(new float[n * k]);
            }
            this.labels = new float[spec.conditional() ? n * spec.numClasses() : 0];
        }

        /** Every row's continuous code at once: {@code z} (n x latentDim) is kept, not copied. */
        public Builder continuous(float[] z) {
            if (z.length != count * spec.latentDim()) {
                throw new IllegalArgumentException(count + " codes of " + spec.latentDim() + " dimensions, got "
                        + z.length + " values");
            }
            this.z = z;
            return this;
        }

        /**
         * Row {@code i}'s category of every discrete latent ({@code chosen[l]} for latent l; a latent beyond
         * {@code chosen} gets its category 0) and its class {@code label} (ignored by an unconditional model).
         */
        public Builder choose(int i, int[] chosen, int label) {
            for (int l = 0; l < categories.size(); l++) {
                int k = spec.categories().get(l);
                float[] block = categories.get(l);
                java.util.Arrays.fill(block, i * k, (i + 1) * k, 0f);
                block[i * k + (l < chosen.length ? chosen[l] : 0)] = 1f;
            }
            return label(i, label);
        }

        /** Row {@code i}: continuous code {@code code}, the categories {@code chosen} (see {@link #choose}), class. */
        public Builder set(int i, float[] code, int[] chosen, int label) {
            System.arraycopy(code, 0, z, i * spec.latentDim(), spec.latentDim());
            return choose(i, chosen, label);
        }

        /** Row {@code i} with discrete latent l at {@code probabilities[l]}, a point of its simplex (a blend). */
        public Builder set(int i, float[] code, float[][] probabilities, int label) {
            System.arraycopy(code, 0, z, i * spec.latentDim(), spec.latentDim());
            for (int l = 0; l < categories.size(); l++) {
                int k = spec.categories().get(l);
                System.arraycopy(probabilities[l], 0, categories.get(l), i * k, k);
            }
            return label(i, label);
        }

        private Builder label(int i, int label) {
            if (spec.conditional()) {
                java.util.Arrays.fill(labels, i * spec.numClasses(), (i + 1) * spec.numClasses(), 0f);
                labels[i * spec.numClasses() + label] = 1f;
            }
            return this;
        }

        public LatentCodes build() {
            return new LatentCodes(count, z, categories, labels);
        }
    }
}
