package org.vaeexplorer.model.estimators;

import static org.vaeexplorer.model.graph.GraphNames.BASELINE_NLL;
import static org.vaeexplorer.model.graph.GraphNames.EPS;
import static org.vaeexplorer.model.graph.GraphNames.EPS_PRIOR;
import static org.vaeexplorer.model.graph.GraphNames.KL_CONT;
import static org.vaeexplorer.model.graph.GraphNames.LOGVAR;
import static org.vaeexplorer.model.graph.GraphNames.MU;
import static org.vaeexplorer.model.graph.GraphNames.PRIOR_LOGVAR;
import static org.vaeexplorer.model.graph.GraphNames.PRIOR_MU;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.estimators.ConditionalLikelihood.Estimates;
import org.vaeexplorer.model.estimators.StageTimes.Stage;

/**
 * {@link ConditionalLikelihood#estimate} with the particles batched: the baseline, prior and recognition nets run
 * once per image through the graph (they do not depend on z), and the generation net runs on the particles of a
 * few images at a time, [images x (max(P, K) + S)] codes per call ({@link MissingPixelLikelihood}), instead of one graph
 * pass over all four nets per particle. The estimators and the particles are {@link ConditionalLikelihood#pass}'s:
 * the same noise in the same order, the same z, the same terms
 *
 * <pre>
 *   log w_k = -recon(z_k) - (log q(z_k|x,y) - log p(z_k|x)),   z_k = mu_q + sigma_q eps_k
 *   NELBO   = (1/P) sum_{k &lt;= P} (recon(z_k) + KL(q || p))
 *   log p(y|x, z'_s) = -recon(z'_s),                          z'_s = mu_p + sigma_p eps'_s
 * </pre>
 *
 * {@code ConditionalLikelihoodBatchTest} holds the two to each other.
 */
final class ParticleBatch {
    /** Codes per generation call: [8192 x 500] floats per hidden layer, tens of MB in all. */
    static final int ROWS = 8192;
    private final VaeModel model;
    private final float[] images;
    private final int n;
    private final int latent;
    private final StageTimes times;
    private final MissingPixelLikelihood generation;
    private final float[] muQ;
    private final float[] logVarQ;
    private final float[] muP;
    private final float[] logVarP;
    /** exp(logvar / 2) of q and of p, and 1 / exp(logvar) of p, per image and dimension. */
    private final float[] sigmaQ;
    private final float[] sigmaP;
    private final double[] precisionP;
    private final double[] baseline;
    private final float[] kl;

    ParticleBatch(VaeModel model, float[] images, int n, int givenSet, StageTimes times) {
        this.model = model;
        this.images = images;
        this.n = n;
        this.latent = model.spec().latentDim();
        this.times = times;
        long started = System.nanoTime();
        this.generation = new MissingPixelLikelihood(model, givenSet);
        Map<String, INDArray> feed = ConditionalLikelihood.inputs(model, images, n, givenSet);
        // The nets asked for here do not read the noise; the placeholders are fed all the same.
        feed.put(EPS, model.matrix(new float[n * latent], n));
        feed.put(EPS_PRIOR, model.matrix(new float[n * latent], n));
        Map<String, INDArray> out = model.output(feed, BASELINE_NLL, KL_CONT, MU, LOGVAR, PRIOR_MU, PRIOR_LOGVAR);
        float[] base = VaeModel.toFloats(out.get(BASELINE_NLL));
        baseline = new double[n];
        for (int i = 0; i < n; i++) {
            baseline[i] = base[i];
        }
        kl = VaeModel.toFloats(out.get(KL_CONT));
        muQ = VaeModel.toFloats(out.get(MU));
        logVarQ = VaeModel.toFloats(out.get(LOGVAR));
        muP = VaeModel.toFloats(out.get(PRIOR_MU));
        logVarP = VaeModel.toFloats(out.get(PRIOR_LOGVAR));
        sigmaQ = new float[muQ.length];
        sigmaP = new float[muQ.length];
        precisionP = new double[muQ.length];
        for (int j = 0; j < muQ.length; j++) {
            sigmaQ[j] = (float) Math.exp(logVarQ[j] * 0.5f);
            sigmaP[j] = (float) Math.exp(logVarP[j] * 0.5f);
            precisionP[j] = 1 / Math.exp(logVarP[j]);
        }
        times.add(Stage.NETS, started);
    }

    Estimates estimate(ConditionalLikelihood.SampleCounts counts, NoiseSource noise) {
        long started = System.nanoTime();
        int passes = counts.passes();
        int particles = counts.particles();
        int samples = counts.importance();
        int priorSamples = counts.prior();
        float[][] eps = new float[passes][];
        float[][] epsPrior = new float[passes][];
        for (int s = 0; s < passes; s++) {
            eps[s] = new float[n * latent];
            epsPrior[s] = new float[n * latent];
            noise.fillNormal(eps[s]);
            noise.fillNormal(epsPrior[s]);
        }
        times.add(Stage.NOISE, started);
        int posterior = counts.posteriorPasses();
        double[][] logW = new double[posterior][n];
        double[][] logLik = new double[priorSamples][n];
        double[] nelbo = new double[n];
        int perCall = Math.max(1, ROWS / (posterior + priorSamples));
        for (int from = 0; from < n; from += perCall) {
            int to = Math.min(n, from + perCall);
            int rowsQ = (to - from) * posterior;
            int rows = rowsQ + (to - from) * priorSamples;
            long codesStarted = System.nanoTime();
            float[] z = new float[rows * latent];
            int[] imageOfRow = new int[rows];
            double[] logQMinusLogP = new double[rowsQ];
            for (int i = from; i < to; i++) {
                for (int s = 0; s < posterior; s++) {
                    int r = (i - from) * posterior + s;
                    logQMinusLogP[r] = posteriorCode(i, eps[s], z, r);
                    imageOfRow[r] = i;
                }
                for (int s = 0; s < priorSamples; s++) {
                    int r = rowsQ + (i - from) * priorSamples + s;
                    priorCode(i, epsPrior[s], z, r);
                    imageOfRow[r] = i;
                }
            }
            times.add(Stage.CODES, codesStarted);
            double[] recon = generation.negativeLogLikelihood(z, rows, imageOfRow, images,
                    model.spec().pixels(), times);
            for (int i = from; i < to; i++) {
                for (int s = 0; s < posterior; s++) {
                    int r = (i - from) * posterior + s;
                    logW[s][i] = -recon[r] - logQMinusLogP[r];
                    nelbo[i] += s < particles ? (recon[r] + kl[i]) / particles : 0;
                }
                for (int s = 0; s < priorSamples; s++) {
                    logLik[s][i] = -recon[rowsQ + (i - from) * priorSamples + s];
                }
            }
        }
        long reduceStarted = System.nanoTime();
        Estimates e = new Estimates(baseline, nelbo, ConditionalLikelihood.negativeLogMeanExp(logW, samples, n),
                ConditionalLikelihood.negativeLogMeanExp(logLik, priorSamples, n));
        times.add(Stage.LIKELIHOOD, reduceStarted);
        return e;
    }

    /**
     * z = mu_q + sigma_q eps for image i into row r of {@code z} (in the model's precision, as the graph adds them);
     * returns log q(z|x,y) - log p(z|x) = 1/2 sum_j ((z_j - mu_p,j)^2 / sigma_p,j^2 + log sigma_p,j^2 - eps_j^2
     * - log sigma_q,j^2), the graph's KL_MC.
     */
    private double posteriorCode(int i, float[] eps, float[] z, int r) {
        double sum = 0;
        for (int j = 0; j < latent; j++) {
            int at = i * latent + j;
            float e = eps[at];
            float zj = muQ[at] + sigmaQ[at] * e;
            z[r * latent + j] = zj;
            double fromPrior = zj - muP[at];
            sum += fromPrior * fromPrior * precisionP[at] + logVarP[at] - (double) e * e - logVarQ[at];
        }
        return 0.5 * sum;
    }

    /** z' = mu_p + sigma_p eps' for image i into row r of {@code z}. */
    private void priorCode(int i, float[] eps, float[] z, int r) {
        for (int j = 0; j < latent; j++) {
            int at = i * latent + j;
            z[r * latent + j] = muP[at] + sigmaP[at] * eps[at];
        }
    }
}
