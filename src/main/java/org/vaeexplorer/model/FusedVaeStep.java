package org.vaeexplorer.model;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.graph.Layer;
import org.vaeexplorer.model.graph.MlpVaeLayers;
import org.vaeexplorer.model.objective.LossArithmetic;
import org.vaeexplorer.model.objective.StandardObjective;

/**
 * The loss and every gradient of an MLP VAE with a Bernoulli likelihood and the analytic Gaussian KL (Kingma and
 * Welling 2014, eq. 10 and appendix B), written out by hand: the numbers of the SameDiff graph of the same model
 * ({@code FusedVaeStepTest} holds it to them) in 14 GEMMs and a few Java loops instead of about 80 graph ops and
 * their bookkeeping. Per image x (P pixels), B images in the batch:
 *
 * <pre>
 *   h = encoder(x),  mu = h W_mu + b_mu,  log sigma^2 = h W_s + b_s
 *   z = mu + sigma * eps,  eps ~ N(0, I)                                         (reparameterisation, eq. 10)
 *   l = decoder(z)                                                               (the pixels' logits)
 *   recon = -log p(x|z) = sum_p softplus(l_p) - x_p l_p,  softplus(l) = max(l, 0) + log(1 + e^-|l|)
 *   KL = sum_j KL_j,  KL_j = -1/2 (1 + log sigma_j^2 - mu_j^2 - sigma_j^2)        (appendix B)
 *   L = f(mean_i recon_i, mean_i KL_i)                   (StandardObjective: ELBO, beta, capacity)
 *
 *   with w = dL / d mean(KL) (StandardObjective.klSlope):
 *   dL/dl = (sigmoid(l) - x) / B
 *   dL/dmu = dL/dz + w mu / B
 *   dL/dlog sigma^2 = dL/dz * eps * sigma / 2 + w (sigma^2 - 1) / (2 B)
 * </pre>
 *
 * The dense layers' own backward passes are {@link DenseStep}'s; the gradients go to the slices of the flat gradient
 * buffer that {@link FlatAdam} updates from.
 */
final class FusedVaeStep {
    /** The loss's two terms: both, always, but for the test that shows the gradient test notices one missing. */
    enum Term { RECONSTRUCTION, KL }

    private final List<DenseStep> encoder;
    private final DenseStep mu;
    private final DenseStep logVar;
    private final List<DenseStep> decoder;
    private final Objective objective;
    private final Set<Term> terms;
    private final int latent;
    private INDArray z;
    private INDArray gradMu;
    private INDArray gradLogVar;

    private FusedVaeStep(List<DenseStep> encoder, DenseStep mu, DenseStep logVar, List<DenseStep> decoder,
                         Objective objective, Set<Term> terms) {
        this.encoder = encoder;
        this.mu = mu;
        this.logVar = logVar;
        this.decoder = decoder;
        this.objective = objective;
        this.terms = EnumSet.copyOf(terms);
        this.latent = mu.width();
    }

    /** The step of {@code layers} on the weights of {@code sd}, its gradients into {@code adam}'s; null if unreadable. */
    static FusedVaeStep of(SameDiff sd, FlatAdam adam, MlpVaeLayers layers, Objective objective) {
        return of(sd, adam, layers, objective, EnumSet.allOf(Term.class));
    }

    static FusedVaeStep of(SameDiff sd, FlatAdam adam, MlpVaeLayers layers, Objective objective, Set<Term> terms) {
        List<DenseStep> encoder = steps(sd, adam, layers.encoder());
        List<DenseStep> decoder = steps(sd, adam, layers.decoder());
        List<DenseStep> heads = steps(sd, adam, List.of(layers.mu(), layers.logVar()));
        if (encoder == null || decoder == null || heads == null) {
            return null;
        }
        return new FusedVaeStep(encoder, heads.get(0), heads.get(1), decoder, objective, terms);
    }

    private static List<DenseStep> steps(SameDiff sd, FlatAdam adam, List<Layer.Dense> layers) {
        List<DenseStep> steps = new ArrayList<>();
        for (Layer.Dense d : layers) {
            String w = Layer.weights(d.name());
            String b = Layer.bias(d.name());
            INDArray[] arrays = {sd.getArrForVarName(w), sd.getArrForVarName(b), adam.gradientOf(w),
                    adam.gradientOf(b)};
            if (!DenseStep.readable(arrays)) {
                return null;
            }
            steps.add(new DenseStep(arrays[0], arrays[1], arrays[2], arrays[3], d.relu()));
        }
        return steps;
    }

    /**
     * Forward and backward on the images {@code x} [B, P] (the same values as {@code pixels}, row by row) and the
     * noise {@code eps} [B, latent], with the capacities of {@code schedules}; the gradients go to the flat buffer.
     */
    LossTerms step(INDArray x, float[] pixels, INDArray eps, Schedules schedules) {
        int n = (int) x.rows();
        INDArray h = x;
        for (DenseStep layer : encoder) {
            h = layer.forward(h);
        }
        INDArray features = h;
        FloatBuffer m = mu.forward(features).data().asNioFloat();
        FloatBuffer s = logVar.forward(features).data().asNioFloat();
        FloatBuffer noise = eps.data().asNioFloat();
        int noiseOffset = (int) eps.offset();
        z = ensure(z, n);
        FloatBuffer code = z.data().asNioFloat();
        double[] klSums = new double[latent];
        for (int i = 0; i < n * latent; i++) {
            double sigma = Math.exp(0.5 * s.get(i));
            double mean = m.get(i);
            code.put(i, (float) (mean + sigma * noise.get(noiseOffset + i)));
            klSums[i % latent] += -0.5 * (1 + s.get(i) - mean * mean - sigma * sigma);
        }
        h = z;
        for (DenseStep layer : decoder) {
            h = layer.forward(h);
        }
        double reconSum = terms.contains(Term.RECONSTRUCTION) ? bernoulli(h, pixels, n) : zero(h);

        INDArray g = h;
        for (int k = decoder.size() - 1; k >= 0; k--) {
            g = decoder.get(k).backward(k > 0 ? decoder.get(k - 1).output() : z, g, true);
        }
        double klMean = sum(klSums) / n;
        double slope = terms.contains(Term.KL) ? StandardObjective.klSlope(objective, klMean,
                schedules.continuousCapacity()) : 0;
        gradMu = ensure(gradMu, n);
        gradLogVar = ensure(gradLogVar, n);
        FloatBuffer gz = g.data().asNioFloat();
        FloatBuffer gm = gradMu.data().asNioFloat();
        FloatBuffer gs = gradLogVar.data().asNioFloat();
        for (int i = 0; i < n * latent; i++) {
            double sigma = Math.exp(0.5 * s.get(i));
            double dz = gz.get(i);
            gm.put(i, (float) (dz + slope * m.get(i) / n));
            gs.put(i, (float) (dz * noise.get(noiseOffset + i) * sigma * 0.5 + slope * (sigma * sigma - 1) / (2.0 * n)));
        }
        g = mu.backward(features, gradMu, !encoder.isEmpty());
        logVar.backward(features, gradLogVar, false);
        if (g != null) {
            logVar.addInputGradient(gradLogVar, g);
        }
        for (int k = encoder.size() - 1; k >= 0; k--) {
            g = encoder.get(k).backward(k > 0 ? encoder.get(k - 1).output() : x, g, k > 0);
        }
        return terms(reconSum / n, klSums, n, schedules);
    }

    /** The step's reported terms, the loss from the batch means as {@link StandardObjective} has it. */
    private LossTerms terms(double reconMean, double[] klSums, int n, Schedules schedules) {
        float[] perDim = new float[latent];
        double klMean = 0;
        for (int j = 0; j < latent; j++) {
            perDim[j] = (float) (klSums[j] / n);
            klMean += perDim[j];
        }
        double loss = StandardObjective.loss(objective, terms.contains(Term.RECONSTRUCTION) ? reconMean : 0.0,
                terms.contains(Term.KL) ? klMean : 0.0, null, LossArithmetic.batchMeans(schedules));
        return new LossTerms(loss, reconMean, klMean, 0, perDim, new float[0], n);
    }

    /**
     * Sums -log p(x|z) over the batch from the logits {@code logits} and overwrites them with
     * dL/dl = (sigmoid(l) - x) / B; with e = exp(-|l|), softplus(l) = max(l, 0) + log(1 + e) and sigmoid(l) =
     * 1 / (1 + e) for l &gt;= 0, e / (1 + e) below, one exponential per pixel. (Where e is below double's epsilon,
     * log(1 + e) is 0 instead of e: an error under 1e-16 nats.)
     */
    private static double bernoulli(INDArray logits, float[] pixels, int n) {
        FloatBuffer l = logits.data().asNioFloat();
        double sum = 0;
        double scale = 1.0 / n;
        for (int i = 0; i < pixels.length; i++) {
            double v = l.get(i);
            double x = pixels[i];
            double e = Math.exp(-Math.abs(v));
            sum += Math.max(v, 0) + Math.log(1 + e) - x * v;
            double sigmoid = v >= 0 ? 1 / (1 + e) : e / (1 + e);
            l.put(i, (float) ((sigmoid - x) * scale));
        }
        return sum;
    }

    /** The reconstruction term left out (the test's mutant): no loss, no gradient from the pixels. */
    private static double zero(INDArray logits) {
        logits.assign(0);
        return 0;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private INDArray ensure(INDArray a, int rows) {
        return a != null && a.rows() == rows ? a : Nd4j.create(DataType.FLOAT, rows, latent);
    }
}
