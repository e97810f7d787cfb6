package org.vaeexplorer.model.objective;

import static org.vaeexplorer.model.graph.GraphNames.KL_DIMS;
import static org.vaeexplorer.model.graph.GraphNames.KL_DISC;
import static org.vaeexplorer.model.graph.GraphNames.KL_MC;
import static org.vaeexplorer.model.graph.GraphNames.LOGVAR;
import static org.vaeexplorer.model.graph.GraphNames.LOSS;
import static org.vaeexplorer.model.graph.GraphNames.MU;
import static org.vaeexplorer.model.graph.GraphNames.RECON;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ObjectiveType;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.graph.EncoderDecoderGraph;
import org.vaeexplorer.model.graph.GraphNames;
import org.vaeexplorer.model.graph.StructuredOutputGraph;
import org.vaeexplorer.model.graph.VaeGraphBuilder;

/**
 * The reported terms of a training step of the standard graph ({@link EncoderDecoderGraph}) from the activations the
 * step computes anyway. SameDiff's training pass evaluates only what backpropagation needs: never the loss variable
 * itself (backpropagation starts from a constant gradient of one and needs only the loss op's input), not the analytic
 * per-dimension KL when the objective uses the Monte-Carlo estimate, and not the per-latent report of the discrete KL.
 * Each step then ran a second whole forward pass just to report them.
 *
 * <p>Covered, as {@link VaeGraphBuilder} builds them, with KL_i the analytic sum_j KL_ij or the single-sample
 * KL_MC_i, and the per-dimension KL_ij = -1/2 (1 + log sigma_j^2 - mu_j^2 - sigma_j^2) from the captured mu and
 * log sigma^2:
 * <ul>
 *   <li>ELBO and beta without a categorical code: loss = mean_i(recon_i + beta KL_i);</li>
 *   <li>Burgess's capacity without a categorical code: loss = mean_i recon_i + gamma |mean_i KL_i - C|;</li>
 *   <li>Dupont's joint capacity: loss = mean_i recon_i + gamma_z |mean_i KL_i - C_z| + gamma_c |mean_i KLc_i - C_c|,
 *   with KLc_i = sum_l (ln K_l + sum_k alpha_lk ln alpha_lk) from the captured probabilities alpha_l.</li>
 * </ul>
 * ({@link StructuredOutputGraph} completes its own loss.)
 * Other models, and graphs saved before the probabilities were named, keep the second pass. Sums run in double
 * from the float terms: they differ from the graph's float sums by rounding only.
 */
public final class CapturedObjective {
    private CapturedObjective() {
    }

    /** The activations to capture during a training step of {@code spec}: its reported terms plus the parts. */
    public static Set<String> captureNames(ModelSpec spec, Set<String> termNames) {
        Set<String> names = new LinkedHashSet<>(termNames);
        if (covered(spec)) {
            names.add(MU);
            names.add(LOGVAR);
            if (spec.klEstimator() == KlEstimator.MONTE_CARLO) {
                names.add(KL_MC);
            }
            for (int l = 0; l < spec.categories().size(); l++) {
                names.add(GraphNames.categoricalProbabilities(l));
            }
        }
        return names;
    }

    /**
     * Adds the loss (and the KLs if missing) to {@code captured} where it can; else leaves it. {@code schedules}
     * are the capacities the step was fed.
     */
    public static void complete(ModelSpec spec, Schedules schedules, Map<String, INDArray> captured) {
        if (!covered(spec) || !captured.containsKey(RECON)) {
            return;
        }
        if (!captured.containsKey(KL_DIMS) && captured.containsKey(MU) && captured.containsKey(LOGVAR)) {
            captured.put(KL_DIMS, klPerDimension(captured.get(MU), captured.get(LOGVAR)));
        }
        if (spec.hasCategorical() && !captured.containsKey(KL_DISC)) {
            INDArray discrete = klPerCategorical(spec, captured);
            if (discrete == null) {
                return;
            }
            captured.put(KL_DISC, discrete);
        }
        boolean monteCarlo = spec.klEstimator() == KlEstimator.MONTE_CARLO;
        if (!captured.containsKey(monteCarlo ? KL_MC : KL_DIMS)) {
            return;
        }
        double[] recon = captured.get(RECON).toDoubleVector();
        double[] kl = monteCarlo ? captured.get(KL_MC).toDoubleVector() : rowSums(captured.get(KL_DIMS));
        Double klDiscrete = spec.hasCategorical() ? sum(rowSums(captured.get(KL_DISC))) / recon.length : null;
        double loss = StandardObjective.loss(spec.objective(), sum(recon) / recon.length, sum(kl) / kl.length,
                klDiscrete, LossArithmetic.batchMeans(schedules));
        captured.put(LOSS, Nd4j.scalar(loss));
    }

    private static boolean covered(ModelSpec spec) {
        // Only the kinds whose loss VaeGraphBuilder makes with these formulas say so (ModelFamily#standardLoss).
        if (!spec.kind().family().standardLoss() || spec.latentDim() == 0) {
            return false;
        }
        return spec.objective().type() == ObjectiveType.JOINT_CAPACITY || !spec.hasCategorical();
    }

    /** [B, L]: the KL of each categorical latent against its uniform prior, or null if a probability is missing. */
    private static INDArray klPerCategorical(ModelSpec spec, Map<String, INDArray> captured) {
        int latents = spec.categories().size();
        float[][] kl = null;
        for (int l = 0; l < latents; l++) {
            INDArray alpha = captured.get(GraphNames.categoricalProbabilities(l));
            if (alpha == null) {
                return null;
            }
            double[][] a = rows(alpha);
            if (kl == null) {
                kl = new float[a.length][latents];
            }
            for (int i = 0; i < a.length; i++) {
                double negativeEntropy = 0;
                for (double p : a[i]) {
                    negativeEntropy += p > 0 ? p * Math.log(p) : 0;
                }
                kl[i][l] = (float) (Math.log(a[i].length) + negativeEntropy);
            }
        }
        return Nd4j.createFromArray(kl);
    }

    public static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static INDArray klPerDimension(INDArray muArray, INDArray logVarArray) {
        double[][] mu = rows(muArray);
        double[][] logVar = rows(logVarArray);
        float[][] kl = new float[mu.length][];
        for (int i = 0; i < mu.length; i++) {
            kl[i] = new float[mu[i].length];
            for (int j = 0; j < mu[i].length; j++) {
                kl[i][j] = (float) (-0.5 * (1 + logVar[i][j] - mu[i][j] * mu[i][j] - Math.exp(logVar[i][j])));
            }
        }
        return Nd4j.createFromArray(kl).castTo(muArray.dataType());
    }

    public static double[] rowSums(INDArray matrix) {
        double[][] m = rows(matrix);
        double[] sums = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (double v : m[i]) {
                sums[i] += v;
            }
        }
        return sums;
    }

    /**
     * A matrix's rows, copied out in one native op: {@code INDArray.toDoubleMatrix} copies row by row, 128 ops for a
     * batch of 128, which were more than half of an MLP training step's ops (docs/performance.md, 2026-12-07).
     */
    static double[][] rows(INDArray matrix) {
        int n = (int) matrix.rows();
        int width = (int) matrix.columns();
        double[] all = matrix.dup('c').data().asDouble();
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = java.util.Arrays.copyOfRange(all, i * width, (i + 1) * width);
        }
        return out;
    }
}
