package org.vaeexplorer.model;

import java.util.List;

/**
 * The part of a {@link ModelSpec} every kind has: the network's shape, its latents and likelihood, and the images
 * it is made for. The rules between these values and the kind's label input or objective are {@link SpecRules}'.
 *
 * @param hidden        hidden layer widths of the MLP encoder (the decoder mirrors them); empty for the conv nets
 * @param latentDim     number of continuous latent dimensions (may be 0 for a purely discrete Joint VAE)
 * @param categories    sizes of the categorical latents, e.g. [10]; empty when there are none
 * @param gaussianSigma the fixed standard deviation of {@link Likelihood#GAUSSIAN_FIXED}
 * @param temperature   the Gumbel-softmax schedule when there are categorical latents, else null
 * @param channels      the images' channels (1 grey, 3 colour), laid out channel-planar per image: the whole first
 *                      plane, then the next
 * @param extraStages   stride-2 stages a conv backbone has beyond its base, in its encoder and its decoder alike
 *                      (issue 31): 0 for the MLP and for images up to 32 pixels, and for every model made before;
 *                      1 for 64-pixel images, as {@link #extraStagesFor} chooses for a new model
 */
public record Network(Backbone backbone, List<Integer> hidden, int latentDim, List<Integer> categories,
                      Likelihood likelihood, double gaussianSigma, KlEstimator klEstimator, int numClasses,
                      int rows, int cols, TemperatureSchedule temperature, int channels, int extraStages) {
    public Network {
        hidden = List.copyOf(hidden);
        categories = List.copyOf(categories);
    }

    /** A network with its backbone's base stages, as every network before 64-pixel conv layers was. */
    public Network(Backbone backbone, List<Integer> hidden, int latentDim, List<Integer> categories,
                   Likelihood likelihood, double gaussianSigma, KlEstimator klEstimator, int numClasses,
                   int rows, int cols, TemperatureSchedule temperature, int channels) {
        this(backbone, hidden, latentDim, categories, likelihood, gaussianSigma, klEstimator, numClasses, rows, cols,
                temperature, channels, 0);
    }

    /**
     * The stages a new conv model of these images gains beyond its backbone's base: one for images of 64 pixels or
     * more a side, so that the features before the dense layers stay as small as at 28 or 32 pixels (the TF
     * tutorial net's 15x15x64 become 7x7x64; Dupont's 8x8x64 become 4x4x64, as his own code adds a layer for
     * 64x64 images); none for the MLP or smaller images. The conv net's extra stage halves, so it needs sides
     * divisible by 8.
     */
    public static int extraStagesFor(Backbone backbone, int rows, int cols) {
        if (backbone == Backbone.MLP || Math.min(rows, cols) < 64) {
            return 0;
        }
        return backbone == Backbone.CONV && (rows % 8 != 0 || cols % 8 != 0) ? 0 : 1;
    }

    /** A network for grey images, as every spec before colour was. */
    public Network(Backbone backbone, List<Integer> hidden, int latentDim, List<Integer> categories,
                   Likelihood likelihood, double gaussianSigma, KlEstimator klEstimator, int numClasses,
                   int rows, int cols, TemperatureSchedule temperature) {
        this(backbone, hidden, latentDim, categories, likelihood, gaussianSigma, klEstimator, numClasses, rows, cols,
                temperature, 1);
    }
}
