package org.vaeexplorer.model;

import java.util.List;

/**
 * The names under which a CVAE-GAN step reports its players ({@link LossTerms#own()}): each a batch mean, the
 * losses per image in nats. The Train page charts them and the command line prints them; the graph computes them.
 */
public final class AdversarialTerms {
    /** L_D, the discriminator's cross-entropy on real, reconstructed and sampled images. */
    public static final String DISCRIMINATOR = "gan_loss_d";
    /** lambda_3 L_G + lambda_4 (L_GD + L_GC), what the generator minimises. */
    public static final String GENERATOR = "gan_loss_g";
    /** L_C, the classifier's cross-entropy on real images. */
    public static final String CLASSIFIER = "gan_loss_c";
    /** lambda_1 L_KL + lambda_2 L_G, what the encoder minimises. */
    public static final String ENCODER = "gan_loss_e";
    /** The mean of D(x) on real images: the probability D gives them of being real. */
    public static final String D_REAL = "gan_d_real";
    /** The mean of D(G(z_p, c)) on images generated from the prior. */
    public static final String D_GENERATED = "gan_d_generated";
    /** In the order a step reports them. */
    public static final List<String> ALL = List.of(DISCRIMINATOR, GENERATOR, CLASSIFIER, ENCODER, D_REAL,
            D_GENERATED);

    private AdversarialTerms() {
    }
}
