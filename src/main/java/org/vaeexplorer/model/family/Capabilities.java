package org.vaeexplorer.model.family;

import java.util.List;

/**
 * What a trained model can do, for the screens and commands that offer it: the view models expose it and the views
 * enable their tabs, sliders and buttons from it, never from the kind.
 *
 * @param planeDimensions the continuous latent dimensions a point of the latent space has (0 for a purely discrete
 *                        model)
 * @param labels          whether a class label goes into encoder and decoder (its images can be asked per class)
 * @param classes         how many labels it takes when it takes one, else 0
 * @param discreteLatents the sizes of its categorical latents, empty when it has none
 * @param completes       whether it completes hidden quadrants of an image (a structured-output CVAE) rather than
 *                        decoding free codes
 * @param priorScale      the standard deviation s of its prior N(0, s^2 I) over the continuous latents (1 but for a
 *                        kind with another prior, {@link ModelFamily#priorVariance}): draws from the prior, the
 *                        sliders' reach, the grid's quantiles and the traversals' span are in its units
 * @param channels        its images' channels: 1 grey, 3 colour
 */
public record Capabilities(int planeDimensions, boolean labels, int classes, List<Integer> discreteLatents,
                           boolean completes, double priorScale, int channels) {
    public Capabilities {
        discreteLatents = List.copyOf(discreteLatents);
        if (!(priorScale > 0) || Double.isInfinite(priorScale)) {
            throw new IllegalArgumentException("a prior's scale is a positive number, got " + priorScale);
        }
    }

    /** A model of grey images. */
    public Capabilities(int planeDimensions, boolean labels, int classes, List<Integer> discreteLatents,
                        boolean completes, double priorScale) {
        this(planeDimensions, labels, classes, discreteLatents, completes, priorScale, 1);
    }

    /** A model of grey images whose prior is the standard normal. */
    public Capabilities(int planeDimensions, boolean labels, int classes, List<Integer> discreteLatents,
                        boolean completes) {
        this(planeDimensions, labels, classes, discreteLatents, completes, 1);
    }

    public boolean hasDiscreteLatents() {
        return !discreteLatents.isEmpty();
    }

    /** A grid of decoded images over two latent dimensions. */
    public boolean grid() {
        return planeDimensions >= 2;
    }

    /** The drawing pad draws one grey plane: it encodes drawings for grey models only. */
    public boolean draws() {
        return channels == 1;
    }

    /** Traversals and interpolations move along continuous dimensions. */
    public boolean traversal() {
        return planeDimensions >= 1;
    }
}
