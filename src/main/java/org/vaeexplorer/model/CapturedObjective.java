package org.vaeexplorer.model;

import static org.vaeexplorer.model.GraphNames.KL_DIMS;
import static org.vaeexplorer.model.GraphNames.KL_MC;
import static org.vaeexplorer.model.GraphNames.LOGVAR;
import static org.vaeexplorer.model.GraphNames.LOSS;
import static org.vaeexplorer.model.GraphNames.MU;
import static org.vaeexplorer.model.GraphNames.RECON;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The reported terms of a training step from the activations the step computes anyway. SameDiff's training pass
 * evaluates only what backpropagation needs: never the loss variable itself (backpropagation starts from a constant
 * gradient of one and needs only the loss op's input), and not the analytic per-dimension KL when the objective
 * uses the Monte-Carlo estimate. Each step then ran a second whole forward pass just to report them.
 *
 * <p>Covered: the plain objectives (ELBO, beta) without a categorical code, loss = mean_i(recon_i + beta * KL_i)
 * with KL_i the analytic sum_j KL_ij or the single-sample KL_MC_i, as {@link VaeGraphBuilder} builds it; the
 * per-dimension KL_ij = -1/2 (1 + log sigma_j^2 - mu_j^2 - sigma_j^2) from the captured mu and log sigma^2.
 * Other models keep the second pass. Sums run in double from the float terms: they differ from the graph's float
 * sums by rounding only.
 */
final class CapturedObjective {
    private CapturedObjective() {
    }

    /** The activations to capture during a training step for {@code spec}: its reported terms plus the parts. */
    static Set<String> captureNames(ModelSpec spec, Set<String> termNames) {
        Set<String> names = new LinkedHashSet<>(termNames);
        if (covered(spec)) {
            names.add(MU);
            names.add(LOGVAR);
            if (spec.klEstimator() == KlEstimator.MONTE_CARLO) {
                names.add(KL_MC);
            }
        }
        return names;
    }

    /** Adds the loss (and the per-dimension KL if missing) to {@code captured} where it can; else leaves it. */
    static void complete(ModelSpec spec, Map<String, INDArray> captured) {
        if (!covered(spec) || !captured.containsKey(RECON)) {
            return;
        }
        if (!captured.containsKey(KL_DIMS) && captured.containsKey(MU) && captured.containsKey(LOGVAR)) {
            captured.put(KL_DIMS, klPerDimension(captured.get(MU), captured.get(LOGVAR)));
        }
        boolean monteCarlo = spec.klEstimator() == KlEstimator.MONTE_CARLO;
        if (!captured.containsKey(monteCarlo ? KL_MC : KL_DIMS)) {
            return;
        }
        double[] recon = captured.get(RECON).toDoubleVector();
        double[] kl = monteCarlo ? captured.get(KL_MC).toDoubleVector() : rowSums(captured.get(KL_DIMS));
        double beta = spec.objective().type() == ObjectiveType.BETA ? spec.objective().beta() : 1.0;
        double total = 0;
        for (int i = 0; i < recon.length; i++) {
            total += recon[i] + beta * kl[i];
        }
        captured.put(LOSS, Nd4j.scalar(total / recon.length));
    }

    /**
     * Only the kinds whose loss {@link VaeGraphBuilder#build} makes with this formula: a kind added later (with a
     * graph or loss of its own) keeps the second pass until it is listed here and checked by the test.
     */
    private static final Set<ModelKind> KINDS = EnumSet.of(ModelKind.VAE, ModelKind.CONV_VAE, ModelKind.CVAE,
            ModelKind.BETA_VAE);

    private static boolean covered(ModelSpec spec) {
        ObjectiveType type = spec.objective().type();
        return KINDS.contains(spec.kind()) && (type == ObjectiveType.ELBO || type == ObjectiveType.BETA)
                && !spec.hasCategorical() && spec.latentDim() > 0;
    }

    private static INDArray klPerDimension(INDArray muArray, INDArray logVarArray) {
        double[][] mu = muArray.toDoubleMatrix();
        double[][] logVar = logVarArray.toDoubleMatrix();
        float[][] kl = new float[mu.length][];
        for (int i = 0; i < mu.length; i++) {
            kl[i] = new float[mu[i].length];
            for (int j = 0; j < mu[i].length; j++) {
                kl[i][j] = (float) (-0.5 * (1 + logVar[i][j] - mu[i][j] * mu[i][j] - Math.exp(logVar[i][j])));
            }
        }
        return Nd4j.createFromArray(kl).castTo(muArray.dataType());
    }

    private static double[] rowSums(INDArray matrix) {
        double[][] m = matrix.toDoubleMatrix();
        double[] sums = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (double v : m[i]) {
                sums[i] += v;
            }
        }
        return sums;
    }
}
