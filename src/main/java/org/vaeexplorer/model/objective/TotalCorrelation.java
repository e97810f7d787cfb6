package org.vaeexplorer.model.objective;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;

/**
 * The total correlation of the aggregate posterior q(z) = 1/N sum_n q(z|x_n), estimated on a minibatch by
 * minibatch-weighted sampling (Chen et al. 2018, "Isolating Sources of Disentanglement in VAEs", section 4.1), per
 * image in nats:
 * <pre>
 *   TC(z) = KL(q(z) || prod_d q(z_d)) = E_q(z)[log q(z) - sum_d log q(z_d)]
 *   log q(z_i)   ~ log 1/M sum_j q(z_i | x_j)              (j over the batch of M, itself included)
 *   log q(z_id)  ~ log 1/M sum_j q(z_id | x_j)
 *   TC_i = logmeanexp_j sum_d log q(z_id|x_j) - sum_d logmeanexp_j log q(z_id|x_j)
 * </pre>
 * with z_i the sampled code of image i and log q(z_id|x_j) = -1/2 (log 2 pi + log sigma_jd^2 + (z_id - mu_jd)^2 /
 * sigma_jd^2). The authors' code (rtqichen/beta-tcvae, vae_quant.py, VAE.elbo, the branch "minibatch importance
 * sampling") subtracts log(N M) inside each log q; in the TC those leave the constant (D - 1) log N, which has no
 * gradient, so it is left out here: the training signal is theirs, the value tends to the TC of q(z) as M grows
 * (TotalCorrelationTest), and no dataset size is needed. The max of each log-sum-exp is a constant shift (its
 * gradient terms cancel), hence no gradient through it.
 */
public final class TotalCorrelation {
    /** The graph's name of the per-image estimate [B]. */
    public static final String NAME = "tc_mws";
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private TotalCorrelation() {
    }

    /** [B] per-image TC estimate from the sampled codes z, and the batch's means and log-variances, all [B, D]. */
    public static SDVariable perImage(SDVariable z, SDVariable mu, SDVariable logVar) {
        SameDiff sd = z.getSameDiff();
        SDVariable zi = sd.expandDims(z, 1);
        SDVariable muj = sd.expandDims(mu, 0);
        SDVariable logVarj = sd.expandDims(logVar, 0);
        SDVariable diff = zi.sub(muj);
        // [B, B, D]: log q(z_id | x_j)
        SDVariable logQ = diff.mul(diff).mul(sd.math().exp(logVarj.neg())).add(logVarj).add(LOG_2PI).mul(-0.5);
        SDVariable joint = logMeanExp(sd, logQ.sum(2), 1);
        SDVariable marginals = logMeanExp(sd, logQ, 1).sum(1);
        return joint.sub(marginals);
    }

    private static SDVariable logMeanExp(SameDiff sd, SDVariable x, int axis) {
        SDVariable max = new StopGradient(sd, x.max(true, axis)).outputVariable();
        SDVariable shifted = x.sub(max);
        return sd.math().log(sd.math().exp(shifted).mean(axis)).add(sd.squeeze(max, axis));
    }

    /** The same estimate in double, for tests and for reading a batch's TC outside a graph. */
    public static double[] perImage(double[][] z, double[][] mu, double[][] logVar) {
        int m = z.length;
        int d = z[0].length;
        double[] tc = new double[m];
        double[][] logQ = new double[m][d];
        double[] jointTerms = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double sum = 0;
                for (int k = 0; k < d; k++) {
                    double e = z[i][k] - mu[j][k];
                    logQ[j][k] = -0.5 * (LOG_2PI + logVar[j][k] + e * e * Math.exp(-logVar[j][k]));
                    sum += logQ[j][k];
                }
                jointTerms[j] = sum;
            }
            double marginals = 0;
            double[] column = new double[m];
            for (int k = 0; k < d; k++) {
                for (int j = 0; j < m; j++) {
                    column[j] = logQ[j][k];
                }
                marginals += logMeanExp(column);
            }
            tc[i] = logMeanExp(jointTerms) - marginals;
        }
        return tc;
    }

    static double logMeanExp(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        double s = 0;
        for (double v : x) {
            s += Math.exp(v - max);
        }
        return max + Math.log(s / x.length);
    }
}
