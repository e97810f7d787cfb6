package org.vaeexplorer.model.objective;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.graph.EncoderDecoderGraph;
import org.vaeexplorer.model.graph.Layers;

/**
 * -log p(x|z) per image, summed over pixels, from the decoder's logits l.
 *
 * <pre>
 *   Bernoulli:        sum_i relu(l_i) - x_i l_i + log(1 + exp(-|l_i|))       (= BCE with logits, stable form)
 *   Gaussian (fixed): sum_i (x_i - m_i)^2 / (2 sigma^2) + 1/2 log(2 pi sigma^2),  m = sigmoid(l)
 *   Gaussian (learned per-pixel log-variance v): sum_i (x_i - m_i)^2 e^{-v_i} / 2 + v_i / 2 + 1/2 log(2 pi)
 *   Sum of squared errors: sum_i (x_i - m_i)^2   (not a likelihood; not nats)
 * </pre>
 *
 * The Bernoulli form is written from element-wise ops on purpose: ND4J 1.0.0-M2.1's fused
 * {@code sigmoidCrossEntropy(..., LossReduce.NONE)} has the right value but a wrong gradient once reduced
 * further (DL4J issue 9026).
 */
public final class ReconstructionTerm {
    private static final double LOG_2PI = Math.log(2 * Math.PI);
    private final SameDiff sd;
    private final ModelSpec spec;
    private final Layers.Stack likelihood;

    /** {@code likelihood}: the likelihood's own weights (the learned per-pixel log-variances). */
    public ReconstructionTerm(SameDiff sd, ModelSpec spec, Layers.Stack likelihood) {
        this.sd = sd;
        this.spec = spec;
        this.likelihood = likelihood;
    }

    public SDVariable negativeLogLikelihood(SDVariable x, SDVariable logits) {
        return switch (spec.likelihood()) {
            case BERNOULLI -> sd.nn().relu(logits, 0).sub(x.mul(logits))
                    .add(sd.math().log1p(sd.math().exp(sd.math().abs(logits).neg()))).sum(1);
            case GAUSSIAN_FIXED -> {
                double var = spec.gaussianSigma() * spec.gaussianSigma();
                SDVariable d = x.sub(sd.nn().sigmoid(logits));
                yield d.mul(d).sum(1).mul(0.5 / var).add(0.5 * spec.pixels() * Math.log(2 * Math.PI * var));
            }
            case GAUSSIAN_LEARNED -> {
                SDVariable logVar = likelihood.vector(EncoderDecoderGraph.PIXEL_LOGVAR);
                SDVariable d = x.sub(sd.nn().sigmoid(logits));
                yield d.mul(d).mul(sd.math().exp(logVar.neg())).add(logVar).add(LOG_2PI).mul(0.5).sum(1);
            }
            case SUM_SQUARED_ERROR -> {
                SDVariable d = x.sub(sd.nn().sigmoid(logits));
                yield d.mul(d).sum(1);
            }
        };
    }
}
