package org.vaeexplorer.model.estimators;

import static org.vaeexplorer.model.graph.GraphNames.BASELINE_NLL;
import static org.vaeexplorer.model.graph.GraphNames.EPS;
import static org.vaeexplorer.model.graph.GraphNames.EPS_PRIOR;
import static org.vaeexplorer.model.graph.GraphNames.KL_CONT;
import static org.vaeexplorer.model.graph.GraphNames.KL_MC;
import static org.vaeexplorer.model.graph.GraphNames.MASK;
import static org.vaeexplorer.model.graph.GraphNames.RECON;
import static org.vaeexplorer.model.graph.GraphNames.RECON_PRIOR;
import static org.vaeexplorer.model.graph.GraphNames.X;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.QuadrantMask;
import org.vaeexplorer.model.VaeModel;

/**
 * Estimates of the negative conditional log-likelihood -log p(y|x) of a structured-output CVAE, per image, in nats
 * summed over the missing pixels (Sohn, Lee and Yan 2015, section 5.1 and appendix):
 *
 * <pre>
 *   baseline:   -log p_f(y|x)                                         (the deterministic net alone)
 *   NELBO:      -(1/P) sum_p log p(y|x, z_p) + KL(q(z|x,y) || p(z|x)),  z_p ~ q(z|x,y)   (an upper bound)
 *   importance: -log (1/K) sum_k p(y|x, z_k) p(z_k|x) / q(z_k|x,y),      z_k ~ q(z|x,y)
 *   prior:      -log (1/S) sum_s p(y|x, z_s),                            z_s ~ p(z|x)
 * </pre>
 *
 * The importance-sampled and prior estimates are both consistent as K, S grow, and in expectation upper bounds
 * for finite K, S (Burda et al. 2015); with a 200-dimensional z the prior's samples rarely land where q puts its
 * mass, so the prior estimate sits higher for the same number of samples. Pyro's "CVAE (Monte Carlo)" figures are
 * the NELBO with ten particles ({@code examples/cvae/util.py}, {@code generate_table}: {@code
 * Trace_ELBO(num_particles=10)} with the recognition net as guide, per image, on the 10,000 test images), its
 * baseline figures the baseline's cross-entropy ({@code MaskedBCELoss}); both, like every estimate here, sum the
 * Bernoulli cross-entropy against the grey levels in [0, 1] over the missing pixels only (Pyro marks the given
 * pixels of the target -1 and leaves them out). Pyro's ELBO estimates the KL by its samples, log q(z_p|x,y) -
 * log p(z_p|x); the NELBO here takes it analytically: the same expectation, with less noise.
 */
public final class ConditionalLikelihood {
    private ConditionalLikelihood() {
    }

    /** The four estimates for a batch of images, one value per image each. */
    public record Estimates(double[] baseline, double[] nelbo, double[] importance, double[] prior) {
    }

    /**
     * How many particles each estimate takes: P for the NELBO and K for importance sampling (both from q(z|x,y),
     * sharing the first min(P, K)), S for the estimate from the prior p(z|x).
     */
    public record SampleCounts(int particles, int importance, int prior) {
        public SampleCounts {
            if (particles < 1 || importance < 1 || prior < 1) {
                throw new IllegalArgumentException("at least one sample is needed");
            }
        }

        /** The graph passes whose noise these particles are: max(P, K, S). */
        public int passes() {
            return Math.max(posteriorPasses(), prior);
        }

        /** The passes whose posterior sample is used: max(P, K). */
        public int posteriorPasses() {
            return Math.max(particles, importance);
        }
    }

    /**
     * All four estimates for {@code n} images ({@code n * pixels} grey levels in [0, 1]) completed from the
     * quadrants in {@code givenSet} (see {@link QuadrantMask}): the NELBO averages {@code particles} posterior
     * samples, the importance and prior estimates use {@code samples} each.
     */
    public static Estimates estimate(VaeModel model, float[] images, int n, int givenSet, int particles,
                                     int samples, NoiseSource noise) {
        return estimate(model, images, n, givenSet, new SampleCounts(particles, samples, samples), noise,
                new StageTimes());
    }

    /**
     * The four estimates with {@code counts} particles, adding the time of each stage to {@code times}. The noise is
     * drawn as {@link #pass} draws it, pass after pass (eps, then eps_prior, n x latentDim each), so the particles
     * are those of {@link SampleCounts#passes()} graph passes; {@link ParticleBatch} computes them in one batch per
     * few images.
     */
    public static Estimates estimate(VaeModel model, float[] images, int n, int givenSet, SampleCounts counts,
                                     NoiseSource noise, StageTimes times) {
        if (!model.spec().capabilities().completes()) {
            throw new IllegalArgumentException("conditional likelihoods need a structured-output CVAE");
        }
        return new ParticleBatch(model, images, n, givenSet, times).estimate(counts, noise);
    }

    /**
     * One graph pass, one sample per image, its terms as the graph reports them: recon = -log p(y|x,z) and
     * klMc = log q(z|x,y) - log p(z|x) with z ~ q(z|x,y); the analytic KL(q || p); reconPrior = -log p(y|x,z') with
     * z' ~ p(z|x); the baseline's -log p(y|x).
     */
    public record Pass(double[] recon, double[] klMc, double[] kl, double[] reconPrior, double[] baseline) {
        /** log w = log p(y|x,z) + log p(z|x) - log q(z|x,y) per image. */
        public double[] logW() {
            double[] out = new double[recon.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = -recon[i] - klMc[i];
            }
            return out;
        }

        /** log p(y|x,z') per image, z' from the prior. */
        public double[] logLik() {
            double[] out = new double[recon.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = -reconPrior[i];
            }
            return out;
        }

        /** The single-sample NELBO, recon + KL (analytic), per image. */
        public double[] nelbo() {
            double[] out = new double[recon.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = recon[i] + kl[i];
            }
            return out;
        }
    }

    /**
     * The whole graph once, every net on one sample per image: {@link #estimate}'s particles one pass at a time,
     * its reference. {@code feed} holds x and the mask; fresh noise for both samples (eps, then eps_prior, n x
     * latentDim each) is added here.
     */
    public static Pass pass(VaeModel model, Map<String, INDArray> feed, int n, NoiseSource noise) {
        float[] eps = new float[n * model.spec().latentDim()];
        float[] epsPrior = new float[eps.length];
        noise.fillNormal(eps);
        noise.fillNormal(epsPrior);
        feed.put(EPS, model.matrix(eps, n));
        feed.put(EPS_PRIOR, model.matrix(epsPrior, n));
        Map<String, INDArray> out = model.output(feed, RECON, KL_CONT, KL_MC, RECON_PRIOR, BASELINE_NLL);
        return new Pass(doubles(out.get(RECON)), doubles(out.get(KL_MC)), doubles(out.get(KL_CONT)),
                doubles(out.get(RECON_PRIOR)), doubles(out.get(BASELINE_NLL)));
    }

    private static double[] doubles(INDArray a) {
        float[] f = VaeModel.toFloats(a);
        double[] out = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = f[i];
        }
        return out;
    }

    /** The placeholders x and mask for {@code n} images completed from the quadrants in {@code givenSet}. */
    public static Map<String, INDArray> inputs(VaeModel model, float[] images, int n, int givenSet) {
        ModelSpec spec = model.spec();
        Map<String, INDArray> feed = new LinkedHashMap<>();
        feed.put(X, model.matrix(images, n));
        float[] mask = new float[n * spec.pixels()];
        for (int i = 0; i < n; i++) {
            QuadrantMask.fill(mask, i * spec.pixels(), givenSet, spec.rows(), spec.cols());
        }
        feed.put(MASK, model.matrix(mask, n));
        return feed;
    }

    /** -log (1/S) sum_s exp(v[s][i]) for the first S rows, stably (the largest term factored out). */
    public static double[] negativeLogMeanExp(double[][] v, int samples, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < samples; s++) {
                max = Math.max(max, v[s][i]);
            }
            double sum = 0;
            for (int s = 0; s < samples; s++) {
                sum += Math.exp(v[s][i] - max);
            }
            out[i] = -(max + Math.log(sum / samples));
        }
        return out;
    }

}
