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
 */
public record Network(Backbone backbone, List<Integer> hidden, int latentDim, List<Integer> categories,
                      Likelihood likelihood, double gaussianSigma, KlEstimator klEstimator, int numClasses,
                      int rows, int cols, TemperatureSchedule temperature, int channels) {
    public Network {
        hidden = List.copyOf(hidden);
        categories = List.copyOf(categories);
    }

    /** A network for grey images, as every spec before colour was. */
    public Network(Backbone backbone, List<Integer> hidden, int latentDim, List<Integer> categories,
                   Likelihood likelihood, double gaussianSigma, KlEstimator klEstimator, int numClasses,
                   int rows, int cols, TemperatureSchedule temperature) {
        this(backbone, hidden, latentDim, categories, likelihood, gaussianSigma, klEstimator, numClasses, rows, cols,
                temperature, 1);
    }
}
