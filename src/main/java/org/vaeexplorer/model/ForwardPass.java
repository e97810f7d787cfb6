package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * One image's way through a model's graph with a given epsilon (and Gumbel noise u): every number the How it works
 * view shows, read off the same graph pass that {@link VaeModel#evaluate} reports, so the terms are the model's own:
 *
 * <pre>
 *   q(z|x) = N(mu(x), diag sigma^2(x)),   z = mu + sigma * eps                      (Kingma and Welling 2014, eq. 10)
 *   -ELBO(x) = -log p(x|z) + KL(q(z|x) || p(z))                                      (per image, in nats)
 *   KL_j = -1/2 (1 + log sigma_j^2 - mu_j^2 - sigma_j^2)   against N(0, I)           (their appendix B)
 *   c_i = softmax((log alpha_i + g) / tau),  g = -log(-log u)                         (Jang et al. 2017)
 * </pre>
 *
 * A kind with another prior (a prior variance, or the structured-output CVAE's prior net) has its KL from its own
 * graph; {@link #priorMu} is that net's mean where there is one.
 *
 * @param temperature the Gumbel-softmax temperature fed (NaN without categorical latents)
 */
public record ForwardPass(float[] input, int label, float[] mu, float[] logVar, float[] eps, float[] z,
                          float[] priorMu, float[] priorLogVar, float[] categoryProbabilities,
                          float[] categorySample, float[] reconstruction, double recon, float[] klPerDim,
                          float[] klPerCategorical, double temperature) {
    public int dims() {
        return mu.length;
    }

    public double sigma(int d) {
        return Math.exp(0.5 * logVar[d]);
    }

    public double klContinuous() {
        return sum(klPerDim);
    }

    public double klDiscrete() {
        return sum(klPerCategorical);
    }

    public double kl() {
        return klContinuous() + klDiscrete();
    }

    /** The negative ELBO of this image for this epsilon: {@link #recon} + {@link #kl}. */
    public double nelbo() {
        return recon + kl();
    }

    /** The pass of {@code image} (one, with its label) with {@code eps} (latentDim values) and {@code u}. */
    public static ForwardPass of(VaeModel model, Batch image, float[] eps, float[] u, Schedules schedules) {
        ModelSpec spec = model.spec();
        if (image.size() != 1 || eps.length != spec.latentDim() || u.length != spec.categoricalWidth()) {
            throw new IllegalArgumentException("a forward pass takes one image, " + spec.latentDim()
                    + " epsilons and " + spec.categoricalWidth() + " uniforms");
        }
        List<String> names = new ArrayList<>(List.of(GraphNames.X_MEAN, GraphNames.RECON));
        if (spec.latentDim() > 0) {
            names.addAll(List.of(GraphNames.MU, GraphNames.LOGVAR, GraphNames.KL_DIMS));
        }
        if (spec.hasCategorical()) {
            names.addAll(List.of(GraphNames.CAT_PROBS, GraphNames.CAT_SAMPLE, GraphNames.KL_DISC));
        }
        boolean priorNet = model.graph().hasVariable(GraphNames.PRIOR_MU);
        if (priorNet) {
            names.addAll(List.of(GraphNames.PRIOR_MU, GraphNames.PRIOR_LOGVAR));
        }
        Map<String, float[]> out = model.outputs(image, new ScriptedNoise(eps, u), schedules, false,
                names.toArray(new String[0]));
        float[] none = new float[0];
        float[] mu = out.getOrDefault(GraphNames.MU, none);
        float[] logVar = out.getOrDefault(GraphNames.LOGVAR, none);
        float[] z = new float[mu.length];
        for (int d = 0; d < z.length; d++) {
            z[d] = (float) (mu[d] + Math.exp(0.5 * logVar[d]) * eps[d]);
        }
        return new ForwardPass(image.pixels().clone(), image.labels()[0], mu, logVar, eps.clone(), z,
                priorNet ? out.get(GraphNames.PRIOR_MU) : null, priorNet ? out.get(GraphNames.PRIOR_LOGVAR) : null,
                out.getOrDefault(GraphNames.CAT_PROBS, none), out.getOrDefault(GraphNames.CAT_SAMPLE, none),
                out.get(GraphNames.X_MEAN), out.get(GraphNames.RECON)[0], out.getOrDefault(GraphNames.KL_DIMS, none),
                out.getOrDefault(GraphNames.KL_DISC, none),
                spec.hasCategorical() ? schedules.temperature() : Double.NaN);
    }

    /**
     * The pass whose sample is {@code z}: epsilon = (z - mu) / sigma of this image, so that z = mu + sigma * eps
     * lands on {@code z} (the point on the plane). Two graph passes: one for mu and sigma, one with that epsilon.
     */
    public static ForwardPass reaching(VaeModel model, Batch image, float[] z, float[] u, Schedules schedules) {
        ForwardPass atMean = of(model, image, new float[model.spec().latentDim()], u, schedules);
        return of(model, image, epsilonFor(z, atMean.mu, atMean.logVar), u, schedules);
    }

    /** epsilon = (z - mu) / sigma, sigma = exp(log sigma^2 / 2): the noise whose sample is {@code z}. */
    public static float[] epsilonFor(float[] z, float[] mu, float[] logVar) {
        float[] eps = new float[mu.length];
        for (int d = 0; d < eps.length && d < z.length; d++) {
            eps[d] = (float) ((z[d] - mu[d]) / Math.exp(0.5 * logVar[d]));
        }
        return eps;
    }

    private static double sum(float[] values) {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    /**
     * Noise that gives the first normal draw as {@code eps} and the first uniform draw as {@code u} (as
     * {@code BatchFeed} draws them first for one image); later draws (a structured-output CVAE's mask and prior
     * sample) are fixed: u = 0.5, eps = 0.
     */
    static final class ScriptedNoise implements NoiseSource {
        private float[] eps;
        private float[] u;

        ScriptedNoise(float[] eps, float[] u) {
            this.eps = eps;
            this.u = u.length == 0 ? null : u;
        }

        @Override
        public void fillNormal(float[] target) {
            if (eps != null && eps.length == target.length) {
                System.arraycopy(eps, 0, target, 0, target.length);
            } else {
                Arrays.fill(target, 0f);
            }
            eps = null;
        }

        @Override
        public void fillUniform(float[] target) {
            if (u != null && u.length == target.length) {
                System.arraycopy(u, 0, target, 0, target.length);
            } else {
                Arrays.fill(target, 0.5f);
            }
            u = null;
        }
    }
}
