package org.vaeexplorer.model.family;

import java.util.List;

/**
 * One block of a model's network as the How it works view draws it: what it does ({@link Role}), its layers as the
 * model's own layer list states them (e.g. {@code 784 → 512, ReLU}; numbers and standard layer names, the same in
 * every language) and how many values per image leave it. A model's blocks come from its family
 * ({@link ModelFamily#blocks}), which reads them off the layer list its graph is built from, so the drawing cannot
 * drift from the network that is trained.
 */
public record NetworkBlock(Role role, List<String> layers, int width) {
    /** What a block does; the view's title and one-paragraph explanation of each are in the resource bundle. */
    public enum Role {
        /** The image x (for the structured-output CVAE, x with its hidden pixels to be completed). */
        INPUT,
        /** The one-hot class label y that a conditional model is given (Sohn et al. 2015). */
        LABEL,
        /** The structured-output CVAE's baseline net y_hat = f(x), whose guess the prior net sees. */
        BASELINE,
        /** The structured-output CVAE's prior net p(z|x) = N(mu_p, sigma_p^2). */
        PRIOR,
        /** The layers from the image (and label) to the features the heads read. */
        ENCODER,
        /** The mean head mu(x). */
        MEAN,
        /** The log-variance head log sigma^2(x). */
        LOG_VARIANCE,
        /** The categorical heads and their Gumbel-softmax sample (Jang et al. 2017; Maddison et al. 2017). */
        GUMBEL,
        /** The reparameterisation z = mu + sigma * epsilon (Kingma and Welling 2014). */
        SAMPLE,
        /** The layers from the code to the pixels' logits. */
        DECODER,
        /** The pixels' means, the reconstruction, and the likelihood they are scored with. */
        OUTPUT,
        /** The CVAE-GAN's discriminator D(x): real or generated, from its last hidden features (Bao et al. 2017). */
        DISCRIMINATOR,
        /** The CVAE-GAN's classifier C(x): class probabilities, from its last hidden features (Bao et al. 2017). */
        CLASSIFIER
    }

    public NetworkBlock {
        layers = List.copyOf(layers);
    }
}
