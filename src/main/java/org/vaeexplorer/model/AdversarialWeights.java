package org.vaeexplorer.model;

/**
 * The weights of CVAE-GAN's losses (Bao et al. 2017, "CVAE-GAN: Fine-Grained Image Generation through Asymmetric
 * Training", Algorithm 1), as the paper names them:
 * <pre>
 *   theta_E &lt;- theta_E - grad_E (lambda_1 L_KL + lambda_2 L_G)
 *   theta_G &lt;- theta_G - grad_G (lambda_3 L_G + lambda_4 L_GD + lambda_4 L_GC)
 * </pre>
 * The discriminator and the classifier minimise their own losses unweighted. The defaults are the paper's
 * (lambda_1 = 3, lambda_2 = 1, lambda_3 = lambda_4 = 10^-3, section 3.5 as remembered here; not re-checked against
 * the PDF in this session).
 *
 * @param kl              lambda_1, the KL term's weight in the encoder's loss
 * @param reconstruction  lambda_2, the pairwise reconstruction L_G's weight in the encoder's loss
 * @param generator       lambda_3, L_G's weight in the generator's loss
 * @param featureMatching lambda_4, the weight of the generator's mean feature matching against D and C
 */
public record AdversarialWeights(double kl, double reconstruction, double generator, double featureMatching) {
    public static final AdversarialWeights PAPER = new AdversarialWeights(3, 1, 1e-3, 1e-3);

    public AdversarialWeights {
        for (double w : new double[] {kl, reconstruction, generator, featureMatching}) {
            if (!(w > 0) || Double.isInfinite(w)) {
                throw SpecException.of("spec.adversarialWeight", "each CVAE-GAN loss weight must be a positive "
                        + "number, got " + w, String.valueOf(w));
            }
        }
    }

    /** These weights with each given part (null: keep) replaced. */
    public AdversarialWeights with(Double kl, Double reconstruction, Double generator, Double featureMatching) {
        return new AdversarialWeights(kl != null ? kl : this.kl,
                reconstruction != null ? reconstruction : this.reconstruction,
                generator != null ? generator : this.generator,
                featureMatching != null ? featureMatching : this.featureMatching);
    }
}
