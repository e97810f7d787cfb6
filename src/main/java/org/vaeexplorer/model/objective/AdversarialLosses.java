package org.vaeexplorer.model.objective;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vaeexplorer.model.graph.VaeGraphBuilder;

/**
 * The losses of CVAE-GAN (Bao et al. 2017, "CVAE-GAN: Fine-Grained Image Generation through Asymmetric Training",
 * section 3 and Algorithm 1) on graph variables, with x_r a real image of class c_r, x_f = G(z, c_r) its
 * reconstruction from z ~ q(z|x_r, c_r), and x_p = G(z_p, c_p) a sample from the prior z_p ~ N(0, I). D(x) is the
 * discriminator's probability that x is real, sigmoid of its logit l(x); f_D(x) and f_C(x) are the features of D's and
 * C's last hidden layers. Per image unless said, in nats where it is a likelihood.
 *
 * <pre>
 *   L_KL = KL(q(z|x_r, c_r) || N(0, I))                                              (the encoder's KL, nats)
 *   L_D  = -(log D(x_r) + log(1 - D(x_f)) + log(1 - D(x_p)))                         (Algorithm 1)
 *        = softplus(-l(x_r)) + softplus(l(x_f)) + softplus(l(x_p))                 (nats per image)
 *   L_C  = -log P(c_r | x_r)                                                          (Algorithm 1, nats per image)
 *   L_G  = -log p(x_r | z, c_r) + 1/2 ||f_D(x_r) - f_D(x_f)||^2 + 1/2 ||f_C(x_r) - f_C(x_f)||^2
 *                                                 (pairwise feature matching, Algorithm 1)
 *   L_GD = 1/2 ||mean_i f_D(x_r,i) - mean_i f_D(x_p,i)||^2                 (mean feature matching, eq. 7; per batch)
 *   L_GC = 1/2 sum_c ||mean_{i: c_i = c} f_C(x_r,i) - mean_{i: c_i = c} f_C(x_p,i)||^2          (eq. 9; per batch)
 * </pre>
 *
 * The paper writes the pixel term 1/2 ||x_r - x_f||^2, the negative log-likelihood of a Gaussian of unit variance
 * less a constant; here it is the model's likelihood (Bernoulli by default, the app's other MNIST models'), so that
 * L_KL plus it is the negative ELBO of the encoder and generator, in nats, comparable with a CVAE's. L_G and L_GD are
 * the asymmetric part: the generator matches D's and C's features instead of minimising the GAN's log(1 - D(G(z))),
 * whose gradient vanishes once D wins (section 3.2). c_p is drawn as the batch's own labels, a draw from the data's
 * P(c), so that every class in the batch has real and generated images to take a mean over in L_GC.
 */
public final class AdversarialLosses {
    private AdversarialLosses() {
    }

    /** softplus(a) = log(1 + e^a) = relu(a) + log(1 + e^-|a|), finite for any a. */
    public static SDVariable softplus(SDVariable a) {
        SameDiff sd = a.getSameDiff();
        return sd.nn().relu(a, 0).add(sd.math().log1p(sd.math().exp(sd.math().abs(a).neg())));
    }

    /**
     * L_D per image [B] from D's logits [B] on the real, reconstructed and sampled images. (Logits [B] rather than
     * [B, 1]: ND4J 1.0.0-M2.1's backward pass fails on a sum over a dimension of 1 taken from a slice.)
     */
    public static SDVariable discriminator(SDVariable real, SDVariable reconstructed, SDVariable sampled) {
        return softplus(real.neg()).add(softplus(reconstructed)).add(softplus(sampled));
    }

    /** L_C per image [B] from C's logits [B, K] on the real images and their one-hot labels [B, K]. */
    public static SDVariable classifier(SDVariable logits, SDVariable label) {
        SameDiff sd = logits.getSameDiff();
        return VaeGraphBuilder.logSoftmax(sd, logits).mul(label).sum(1).neg();
    }

    /** 1/2 ||a_i - b_i||^2 per image [B], for features [B, F]. */
    public static SDVariable pairwise(SDVariable a, SDVariable b) {
        SDVariable d = a.sub(b);
        return d.mul(d).sum(1).mul(0.5);
    }

    /** L_GD: 1/2 ||mean_i a_i - mean_i b_i||^2 over the batch, a scalar. */
    public static SDVariable meanMatching(SDVariable real, SDVariable generated) {
        SDVariable d = real.mean(0).sub(generated.mean(0));
        return d.mul(d).sum().mul(0.5);
    }

    /**
     * L_GC: 1/2 sum_c ||class-c mean of {@code real} - class-c mean of {@code generated}||^2, a scalar, both sets
     * labelled by the same one-hot {@code label} [B, K]; a class absent from the batch adds 0.
     */
    public static SDVariable classMeanMatching(SDVariable real, SDVariable generated, SDVariable label) {
        SameDiff sd = real.getSameDiff();
        SDVariable counts = sd.scalarMax(label.sum(0), 1.0);
        SDVariable perClass = sd.mmul(label, real.sub(generated), true, false, false);
        SDVariable d = perClass.div(sd.expandDims(counts, 1));
        return d.mul(d).sum().mul(0.5);
    }
}
