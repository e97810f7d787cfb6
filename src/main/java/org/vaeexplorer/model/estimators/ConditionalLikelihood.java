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
 * the NELBO with ten particles.
 */
public final class ConditionalLikelihood {
    private ConditionalLikelihood() {
    }

    /** The four estimates for a batch of images, one value per image each. */
    public record Estimates(double[] baseline, double[] nelbo, double[] importance, double[] prior) {
    }

    /**
     * All four estimates for {@code n} images ({@code n * pixels} grey levels in [0, 1]) completed from the
     * quadrants in {@code givenSet} (see {@link QuadrantMask}): the NELBO averages {@code particles} posterior
     * samples, the importance and prior estimates use {@code samples} each (one graph pass gives a sample of both).
     */
    public static Estimates estimate(VaeModel model, float[] images, int n, int givenSet, int particles,
                                     int samples, NoiseSource noise) {
        ModelSpec spec = model.spec();
        if (!spec.capabilities().completes()) {
            throw new IllegalArgumentException("conditional likelihoods need a structured-output CVAE");
        }
        if (particles < 1 || samples < 1) {
            throw new IllegalArgumentException("at least one sample is needed");
        }
        Map<String, INDArray> feed = inputs(model, images, n, givenSet);
        double[] baseline = null;
        double[] nelbo = new double[n];
        double[][] logW = new double[Math.max(particles, samples)][];
        double[][] logLik = new double[logW.length][];
        for (int s = 0; s < logW.length; s++) {
            Pass pass = pass(model, feed, n, noise);
            baseline = pass.baseline;
            for (int i = 0; i < n; i++) {
                nelbo[i] += s < particles ? pass.nelbo[i] / particles : 0;
            }
            logW[s] = pass.logW;
            logLik[s] = pass.logLik;
        }
        return new Estimates(baseline, nelbo, negativeLogMeanExp(logW, samples, n),
                negativeLogMeanExp(logLik, samples, n));
    }

    /**
     * One sample per image: log w = log p(y|x,z) + log p(z|x) - log q(z|x,y) with z ~ q(z|x,y); log p(y|x,z') with
     * z' ~ p(z|x); the single-sample NELBO (analytic KL); and the baseline's -log p(y|x).
     */
    public record Pass(double[] logW, double[] logLik, double[] nelbo, double[] baseline) {
    }

    /** {@code feed} holds x and the mask; fresh noise for both samples is added here. */
    public static Pass pass(VaeModel model, Map<String, INDArray> feed, int n, NoiseSource noise) {
        float[] eps = new float[n * model.spec().latentDim()];
        float[] epsPrior = new float[eps.length];
        noise.fillNormal(eps);
        noise.fillNormal(epsPrior);
        feed.put(EPS, model.matrix(eps, n));
        feed.put(EPS_PRIOR, model.matrix(epsPrior, n));
        Map<String, INDArray> out = model.output(feed, RECON, KL_CONT, KL_MC, RECON_PRIOR, BASELINE_NLL);
        float[] recon = VaeModel.toFloats(out.get(RECON));
        float[] kl = VaeModel.toFloats(out.get(KL_CONT));
        float[] klMc = VaeModel.toFloats(out.get(KL_MC));
        float[] reconPrior = VaeModel.toFloats(out.get(RECON_PRIOR));
        float[] base = VaeModel.toFloats(out.get(BASELINE_NLL));
        Pass p = new Pass(new double[n], new double[n], new double[n], new double[n]);
        for (int i = 0; i < n; i++) {
            p.logW[i] = -recon[i] - klMc[i];
            p.logLik[i] = -reconPrior[i];
            p.nelbo[i] = recon[i] + kl[i];
            p.baseline[i] = base[i];
        }
        return p;
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
