package org.vaeexplorer.model;

import org.vaeexplorer.model.family.StructuredOutputCvae;
import static org.vaeexplorer.model.GraphNames.BASELINE_MEAN;
import static org.vaeexplorer.model.GraphNames.BASELINE_NLL;
import static org.vaeexplorer.model.GraphNames.RECON_PRIOR;
import static org.vaeexplorer.model.GraphNames.DECODED;
import static org.vaeexplorer.model.GraphNames.EPS;
import static org.vaeexplorer.model.GraphNames.EPS_PRIOR;
import static org.vaeexplorer.model.GraphNames.KL_CONT;
import static org.vaeexplorer.model.GraphNames.KL_DIMS;
import static org.vaeexplorer.model.GraphNames.KL_MC;
import static org.vaeexplorer.model.GraphNames.LOGVAR;
import static org.vaeexplorer.model.GraphNames.LOSS;
import static org.vaeexplorer.model.GraphNames.MASK;
import static org.vaeexplorer.model.GraphNames.MU;
import static org.vaeexplorer.model.GraphNames.PRIOR_LOGVAR;
import static org.vaeexplorer.model.GraphNames.PRIOR_MU;
import static org.vaeexplorer.model.GraphNames.PRIOR_SAMPLE_MEAN;
import static org.vaeexplorer.model.GraphNames.RECON;
import static org.vaeexplorer.model.GraphNames.RECON_PRIOR;
import static org.vaeexplorer.model.GraphNames.X;
import static org.vaeexplorer.model.GraphNames.X_MEAN;
import static org.vaeexplorer.model.GraphNames.Z_IN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;
import org.nd4j.linalg.factory.Nd4j;

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
final class StructuredOutputGraph extends GraphFamily {
    static final StructuredOutputGraph INSTANCE = new StructuredOutputGraph();
    private static final String BASELINE = "base_";
    private static final String PRIOR = "prior_";
    private static final String RECOGNITION = "recog_";

    private StructuredOutputGraph() {
    }

    /**
     * The baseline (pixels, hidden..., pixels), the prior and recognition nets (pixels, hidden..., then heads of
     * latentDim for the mean and the log-variance) and the generation net (latentDim, hidden reversed, pixels).
     */
    @Override
    NetworkLayers layers(ModelSpec spec) {
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

    @Override
    SameDiff build(ModelSpec spec, WeightInit init, DataType dataType) {
        return new Builder(spec, layers(spec), init, dataType).build();
    }

    /** The placeholders of a training step; eps_prior only when the GSNN term is in the objective. */
    @Override
    List<String> trainingInputs(ModelSpec spec) {
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
    Set<String> capturedTerms(ModelSpec spec, Set<String> termNames) {
        Set<String> names = new LinkedHashSet<>(termNames);
        names.add(BASELINE_NLL);
        if (StructuredOutputCvae.settings(spec).gsnnWeight() > 0) {
            names.add(RECON_PRIOR);
        }
        return names;
    }

    /** The loss from the captured terms ({@link #loss}). */
    @Override
    void completeTerms(ModelSpec spec, Schedules schedules, Map<String, INDArray> captured) {
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
    long activationsPerImage(ModelSpec spec) {
        long hidden = spec.hidden().stream().mapToLong(Integer::longValue).sum();
        return 8 * hidden + 2 * (2L * spec.latentDim()) + 2L * spec.pixels();
    }

    /** None: the graph decodes (its generation net is small, and completions go through the graph anyway). */
    @Override
    DecoderPath fastDecoder(ModelSpec spec, DataType dataType) {
        return null;
    }

    /** One build of the graph from its layers. */
    private static final class Builder {
        private final ModelSpec spec;
        private final NetworkLayers layers;
        private final DataType dt;
        private final SameDiff sd = SameDiff.create();
        private final WeightInit init;

        Builder(ModelSpec spec, NetworkLayers layers, WeightInit init, DataType dt) {
            this.spec = spec;
            this.layers = layers;
            this.dt = dt;
            this.init = init;
        }

        private SameDiff build() {
            int p = spec.pixels();
            int d = spec.latentDim();
            SDVariable x = sd.placeHolder(X, dt, -1, p);
            SDVariable given = sd.placeHolder(MASK, dt, -1, p);
            SDVariable eps = sd.placeHolder(EPS, dt, -1, d);
            SDVariable epsPrior = sd.placeHolder(EPS_PRIOR, dt, -1, d);
            SDVariable missing = given.rsub(1.0);
            // Pyro's input: the given pixels, -1 for the hidden ones.
            SDVariable visible = x.mul(given).sub(missing);

            SDVariable baseLogits = stack(BASELINE).apply(visible, null);
            SDVariable baseNll = maskedNll(x, baseLogits, missing).rename(BASELINE_NLL);
            sd.nn().sigmoid(BASELINE_MEAN, baseLogits);
            SDVariable yHat = sd.nn().sigmoid(new StopGradient(sd, baseLogits).outputVariable());

            Gaussian prior = gaussian(PRIOR, x.mul(given).add(yHat.mul(missing)));
            Gaussian recognition = gaussian(RECOGNITION, x);
            sd.identity(PRIOR_MU, prior.mu);
            sd.identity(PRIOR_LOGVAR, prior.logVar);
            sd.identity(MU, recognition.mu);
            sd.identity(LOGVAR, recognition.logVar);

            Layers.Stack generation = stack(NetworkLayers.DECODER);
            SDVariable z = recognition.sample(eps);
            SDVariable logits = generation.apply(z, null);
            sd.nn().sigmoid(X_MEAN, logits);
            SDVariable recon = maskedNll(x, logits, missing).rename(RECON);

            SDVariable varP = sd.math().exp(prior.logVar);
            SDVariable diff = recognition.mu.sub(prior.mu);
            SDVariable klDims = prior.logVar.sub(recognition.logVar)
                    .add(sd.math().exp(recognition.logVar).add(diff.mul(diff)).div(varP)).sub(1.0).mul(0.5)
                    .rename(KL_DIMS);
            SDVariable kl = sumOverLatent(klDims, KL_CONT);
            SDVariable fromPrior = z.sub(prior.mu);
            sumOverLatent(fromPrior.mul(fromPrior).div(varP).add(prior.logVar).sub(eps.mul(eps)).sub(recognition.logVar)
                    .mul(0.5), KL_MC);

            SDVariable priorLogits = generation.apply(prior.sample(epsPrior), null);
            sd.nn().sigmoid(PRIOR_SAMPLE_MEAN, priorLogits);
            SDVariable reconPrior = maskedNll(x, priorLogits, missing).rename(RECON_PRIOR);

            loss(StructuredOutputCvae.settings(spec).gsnnWeight(), baseNll, recon, kl, reconPrior,
                    LossArithmetic.graph(sd, dt)).rename(LOSS);
            sd.setLossVariables(LOSS);
            sd.nn().sigmoid(DECODED, generation.apply(sd.placeHolder(Z_IN, dt, -1, d), null));
            return sd;
        }

        /**
         * The row sums of [B, latentDim]. With one latent dimension a reshape: ND4J 1.0.0-M2.1 takes a reduction over
         * an axis of length 1 for a no-op and then fails in inference ("this.x is null") for batches of more than one.
         */
        private SDVariable sumOverLatent(SDVariable v, String name) {
            return spec.latentDim() == 1 ? sd.reshape(name, v, -1) : v.sum(name, 1);
        }

        /** sum over the missing pixels of the Bernoulli cross-entropy with logits l (stable, as ReconstructionTerm). */
        private SDVariable maskedNll(SDVariable y, SDVariable l, SDVariable missing) {
            return sd.nn().relu(l, 0).sub(y.mul(l)).add(sd.math().log1p(sd.math().exp(sd.math().abs(l).neg())))
                    .mul(missing).sum(1);
        }

        private record Gaussian(SDVariable mu, SDVariable logVar) {
            SDVariable sample(SDVariable noise) {
                return mu.add(noise.getSameDiff().math().exp(logVar.mul(0.5)).mul(noise));
            }
        }

        /** Pyro's Encoder: ReLU layers, then the mean and (here) log-variance heads of a diagonal Gaussian. */
        private Gaussian gaussian(String net, SDVariable input) {
            SDVariable h = stack(net).apply(input, null);
            SDVariable mu = stack(net + "mu").apply(h, null);
            SDVariable logVar = stack(net + "logvar").apply(h, null);
            return new Gaussian(mu, logVar);
        }

        private Layers.Stack stack(String part) {
            return new Layers.Stack(sd, init, layers.part(part));
        }
    }
}
