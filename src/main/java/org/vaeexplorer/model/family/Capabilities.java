package org.vaeexplorer.model.family;

import java.util.List;

/**
 * What a trained model can do, for the screens and commands that offer it.
 *
 * @param labels          whether a class label goes into encoder and decoder (its images can be asked per class)
 * @param discreteLatents the sizes of its categorical latents, empty when it has none
 * @param completes       whether it completes hidden quadrants of an image (a structured-output CVAE) rather than
 *                        decoding free codes
 */
public record Capabilities(boolean labels, List<Integer> discreteLatents, boolean completes) {
    public Capabilities {
        discreteLatents = List.copyOf(discreteLatents);
    }

    public boolean hasDiscreteLatents() {
        return !discreteLatents.isEmpty();
    }
}
