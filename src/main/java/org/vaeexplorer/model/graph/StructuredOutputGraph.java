package org.vaeexplorer.model.graph;

import static org.vaeexplorer.model.graph.GraphNames.BASELINE_NLL;
import static org.vaeexplorer.model.graph.GraphNames.EPS;
import static org.vaeexplorer.model.graph.GraphNames.EPS_PRIOR;
import static org.vaeexplorer.model.graph.GraphNames.KL_DIMS;
import static org.vaeexplorer.model.graph.GraphNames.LOSS;
import static org.vaeexplorer.model.graph.GraphNames.MASK;
import static org.vaeexplorer.model.graph.GraphNames.RECON;
import static org.vaeexplorer.model.graph.GraphNames.RECON_PRIOR;
import static org.vaeexplorer.model.graph.GraphNames.X;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.QuadrantMask;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.decoding.DecoderPath;
import org.vaeexplorer.model.family.NetworkBlock;
import org.vaeexplorer.model.family.StructuredOutputCvae;
import org.vaeexplorer.model.objective.CapturedObjective;
import org.vaeexplorer.model.objective.LossArithmetic;

/**
 * The graph of the structured-output CVAE p(y|x) (Sohn, Lee and Yan 2015, "Learning Structured Output
 * Representation using Deep Conditional Generative Models"), laid out as Pyro's public reproduction
 * ({@code pyro-ppl/pyro examples/cvae}: baseline.py, cvae.py). x is the image with the given pixels visible and
 * the others marked -1; y is the missing pixels (grey levels in [0, 1], Bernoulli likelihood on them only):
 *
 * <pre>
 *   baseline   y_hat = f(x)                      MLP, ReLU, sigmoid out; -log p(y|x) = sum_missing BCE(y, y_hat)
 *   prior      p(z|x) = N(mu_p, diag sigma_p^2)    from x with its hidden pixels filled by y_hat (no gradient)
 *   recognition q(z|x,y) = N(mu_q, diag sigma_q^2) from x with its hidden pixels filled by the true y
 *   generation p(y|x,z) = Bernoulli(g(z))          as in Pyro, g sees z only (x reaches it through the prior)
 *
 *   ELBO(y|x) = E_q[log p(y|x, z)] - KL(q(z|x,y) || p(z|x)),   z = mu_q + sigma_q * eps,  eps ~ N(0, I)
 *   KL_j = 1/2 (log sigma_p,j^2 - log sigma_q,j^2 + (sigma_q,j^2 + (mu_q,j - mu_p,j)^2) / sigma_p,j^2 - 1)
 *   KL_MC = log q(z|x,y) - log p(z|x) = 1/2 sum_j ((z_j - mu_p,j)^2 / sigma_p,j^2 + log sigma_p,j^2
 *                                                   - eps_j^2 - log sigma_q,j^2)
 *   GSNN (Sohn eq. 7):  log p(y|x, z_p),  z_p = mu_p + sigma_p * eps_prior
 *   loss = mean over the batch of  -log p_baseline(y|x) + (1 - w) (-ELBO) - w GSNN,   w = 1 - alpha (eq. 8)
 * </pre>
 *
 * Pyro trains the baseline first and freezes it. Here it trains in the same steps on its own loss, and the prior
 * sees its guess through a stop-gradient, so the CVAE's objective never moves it: Adam's update is per weight,
 * so the baseline follows exactly the path it would take trained alone on the same batches. The hidden widths
 * are the spec's (Pyro: 500, 500; the generation net mirrors them), the latent size its latentDim (Pyro: 200).
 */
public final class StructuredOutputGraph extends GraphFamily {
    static final StructuredOutputGraph INSTANCE = new StructuredOutputGraph();
    static final String BASELINE = "base_";
    static final String PRIOR = "prior_";
    static final String RECOGNITION = "recog_";

    private StructuredOutputGraph() {
    }

    /**
     * The baseline (pixels, hidden..., pixels), the prior and recognition nets (pixels, hidden..., then heads of
     * latentDim for the mean and the log-variance) and the generation net (latentDim, hidden reversed, pixels).
     */
    @Override
    public NetworkLayers layers(ModelSpec spec) {
        int p = spec.pixels();
        int d = spec.latentDim();
        Map<String, NetworkLayers.Stack> parts = new LinkedHashMap<>();
        parts.put(BASELINE, NetworkLayers.mlp(BASELINE, p, spec.hidden(), p));
        for (String net : List.of(PRIOR, RECOGNITION)) {
            NetworkLayers.Stack body = NetworkLayers.mlp(net, p, spec.hidden(), 0);
            parts.put(net, body);
            parts.put(net + "mu", NetworkLayers.linear(net + "mu", body.width(), d));
            parts.put(net + "logvar", NetworkLayers.linear(net + "logvar", body.width(), d));
        }
        List<Integer> reversed = new ArrayList<>(spec.hidden());
        Collections.reverse(reversed);
        parts.put(NetworkLayers.DECODER, NetworkLayers.mlp(GraphNames.DECODER_PREFIX, d, reversed, p));
        return new NetworkLayers(parts);
    }

    /**
     * The image with its hidden pixels, the baseline, the prior net with its heads, the recognition net (the
     * encoder) with its heads, z = mu_q + sigma_q * epsilon, the generation net and the output.
     */
    @Override
    public List<NetworkBlock> blocks(ModelSpec spec) {
        NetworkLayers l = layers(spec);
        List<String> prior = new ArrayList<>(NetworkBlocks.describe(l.part(PRIOR).layers()));
        prior.add("μ_p: " + NetworkBlocks.describe(l.dense(PRIOR + "mu")));
        prior.add("log σ²_p: " + NetworkBlocks.describe(l.dense(PRIOR + "logvar")));
        return new NetworkBlocks().input(spec)
                .add(NetworkBlock.Role.BASELINE, l.part(BASELINE))
                .add(NetworkBlock.Role.PRIOR, prior, 2 * spec.latentDim())
                .add(NetworkBlock.Role.ENCODER, l.part(RECOGNITION))
                .add(NetworkBlock.Role.MEAN, l.part(RECOGNITION + "mu"))
                .add(NetworkBlock.Role.LOG_VARIANCE, l.part(RECOGNITION + "logvar"))
                .add(NetworkBlock.Role.SAMPLE, List.of("z = μ_q + σ_q ⊙ ε", "ε ~ N(0, I)"), spec.latentDim())
                .add(NetworkBlock.Role.DECODER, l.decoder())
                .add(NetworkBlock.Role.OUTPUT, List.of("sigmoid → " + spec.rows() + "×" + spec.cols()),
                        spec.pixels())
                .blocks();
    }

    @Override
    public SameDiff build(ModelSpec spec, WeightInit init, DataType dataType) {
        return new StructuredOutputBuilder(spec, layers(spec), init, dataType).build();
    }

    /** The placeholders of a training step; eps_prior only when the GSNN term is in the objective. */
    @Override
    public List<String> trainingInputs(ModelSpec spec) {
        return StructuredOutputCvae.settings(spec).gsnnWeight() > 0 ? List.of(X, MASK, EPS, EPS_PRIOR)
                : List.of(X, MASK, EPS);
    }

    /** Adds a batch's masks (per the spec's setting) and prior noise (zero with {@code useMeans}) to {@code feed}. */
    @Override
    void feed(VaeModel model, Map<String, INDArray> feed, int n, NoiseSource noise, boolean useMeans) {
        ModelSpec spec = model.spec();
        feed.put(MASK, model.matrix(QuadrantMask.forBatch(spec, n, noise), n));
        float[] prior = new float[n * spec.latentDim()];
        if (!useMeans) {
            noise.fillNormal(prior);
        }
        feed.put(EPS_PRIOR, model.matrix(prior, n));
    }

    @Override
    public Set<String> capturedTerms(ModelSpec spec, Set<String> termNames) {
        Set<String> names = new LinkedHashSet<>(termNames);
        names.add(BASELINE_NLL);
        if (StructuredOutputCvae.settings(spec).gsnnWeight() > 0) {
            names.add(RECON_PRIOR);
        }
        return names;
    }

    /** The loss from the captured terms ({@link #loss}). */
    @Override
    public void completeTerms(ModelSpec spec, Schedules schedules, Map<String, INDArray> captured) {
        double w = StructuredOutputCvae.settings(spec).gsnnWeight();
        if (!captured.keySet().containsAll(List.of(RECON, KL_DIMS, BASELINE_NLL))
                || (w > 0 && !captured.containsKey(RECON_PRIOR))) {
            return;
        }
        double[] recon = captured.get(RECON).toDoubleVector();
        double reconPrior = w > 0 ? CapturedObjective.sum(captured.get(RECON_PRIOR).toDoubleVector()) : 0;
        captured.put(LOSS, Nd4j.scalar(loss(w, CapturedObjective.sum(captured.get(BASELINE_NLL).toDoubleVector()),
                CapturedObjective.sum(recon), CapturedObjective.sum(CapturedObjective.rowSums(captured.get(KL_DIMS))),
                reconPrior, LossArithmetic.batchSums(recon.length))));
    }

    /**
     * loss = mean_i(baseline_i + (1 - w)(recon_i + KL_i) + w reconPrior_i), w = 1 - alpha (Sohn eq. 8); the GSNN
     * term only when w &gt; 0. Written once: the graph builds it, and a step's loss is completed by it.
     */
    static <T> T loss(double w, T baseline, T recon, T kl, T reconPrior, LossArithmetic<T> a) {
        T perImage = a.add(baseline, a.times(a.add(recon, kl), 1 - w));
        if (w > 0) {
            perImage = a.add(perImage, a.times(reconPrior, w));
        }
        return a.mean(perImage);
    }

    /** Four nets of the hidden widths, two outputs of pixels (baseline, generation) and two nets' heads. */
    @Override
    public long activationsPerImage(ModelSpec spec) {
        long hidden = spec.hidden().stream().mapToLong(Integer::longValue).sum();
        return 8 * hidden + 2 * (2L * spec.latentDim()) + 2L * spec.pixels();
    }

    /** None: the graph decodes (its generation net is small, and completions go through the graph anyway). */
    @Override
    public DecoderPath fastDecoder(ModelSpec spec, DataType dataType) {
        return null;
    }
}
