package org.vaeexplorer.model.estimators;

import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * The importance-weighted estimate of the negative log-likelihood (Burda, Grosse and Salakhutdinov 2015,
 * "Importance Weighted Autoencoders", eq. 8):
 *
 * <pre>
 *   -log p(x) ~= -log (1/K) sum_k w_k,   w_k = p(x|z_k) p(z_k) / q(z_k|x),   z_k ~ q(z|x)
 *   log w_k = -recon(x, z_k) - (log q(z_k|x) - log p(z_k))
 * </pre>
 *
 * It tightens towards -log p(x) as K grows; K = 1 is the single-sample NELBO. Defined for continuous latents and a
 * likelihood in nats.
 */
public final class ImportanceWeightedBound {
    private ImportanceWeightedBound() {
    }

    public static boolean supports(ModelSpec spec) {
        return spec.latentDim() > 0 && !spec.hasCategorical() && spec.likelihood().isNats();
    }

    /** Per-image estimates of -log p(x) for {@code batch}, with {@code k} samples each. */
    public static double[] negativeLogLikelihood(VaeModel model, Batch batch, int k, NoiseSource noise) {
        if (!supports(model.spec())) {
            throw new IllegalArgumentException("the importance-weighted bound needs continuous latents only and a "
                    + "likelihood in nats");
        }
        if (k < 1) {
            throw new IllegalArgumentException("K must be at least 1");
        }
        int n = batch.size();
        double[][] logW = new double[k][n];
        Schedules none = new Schedules(Double.NaN, 0, 0);
        for (int s = 0; s < k; s++) {
            var out = model.outputs(batch, noise, none, false, GraphNames.RECON, GraphNames.KL_MC);
            float[] recon = out.get(GraphNames.RECON);
            float[] klMc = out.get(GraphNames.KL_MC);
            for (int i = 0; i < n; i++) {
                logW[s][i] = -recon[i] - klMc[i];
            }
        }
        double[] nll = new double[n];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < k; s++) {
                max = Math.max(max, logW[s][i]);
            }
            double sum = 0;
            for (int s = 0; s < k; s++) {
                sum += Math.exp(logW[s][i] - max);
            }
            nll[i] = -(max + Math.log(sum / k));
        }
        return nll;
    }
}
