package org.vaeexplorer.model.graph;

import static org.vaeexplorer.model.graph.GraphNames.CAT_IN;
import static org.vaeexplorer.model.graph.GraphNames.CAT_PROBS;
import static org.vaeexplorer.model.graph.GraphNames.DECODED;
import static org.vaeexplorer.model.graph.GraphNames.EPS;
import static org.vaeexplorer.model.graph.GraphNames.GUMBEL_U;
import static org.vaeexplorer.model.graph.GraphNames.KL_CONT;
import static org.vaeexplorer.model.graph.GraphNames.KL_DIMS;
import static org.vaeexplorer.model.graph.GraphNames.KL_DISC;
import static org.vaeexplorer.model.graph.GraphNames.KL_MC;
import static org.vaeexplorer.model.graph.GraphNames.LABEL;
import static org.vaeexplorer.model.graph.GraphNames.LABEL_IN;
import static org.vaeexplorer.model.graph.GraphNames.LOGVAR;
import static org.vaeexplorer.model.graph.GraphNames.LOSS;
import static org.vaeexplorer.model.graph.GraphNames.MU;
import static org.vaeexplorer.model.graph.GraphNames.RECON;
import static org.vaeexplorer.model.graph.GraphNames.TAU;
import static org.vaeexplorer.model.graph.GraphNames.X;
import static org.vaeexplorer.model.graph.GraphNames.X_MEAN;
import static org.vaeexplorer.model.graph.GraphNames.Z_IN;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.objective.LossArithmetic;
import org.vaeexplorer.model.objective.ReconstructionTerm;
import org.vaeexplorer.model.objective.StandardObjective;

/**
 * Builds the standard graph of a VAE ({@link EncoderDecoderGraph}) from its layer list: the encoder, the posterior
 * heads, the decoder and the likelihood's weights, each created in that order (the order the seeded weights are
 * drawn in). Per image, in nats:
 *
 * <pre>
 *   ELBO(x) = E_q(z|x)[log p(x|z)] - KL(q(z|x) || p(z))          (Kingma and Welling 2014)
 *   q(z|x) = N(mu(x), diag sigma^2(x)),  z = mu + sigma * eps,  eps ~ N(0, I)  (fed as a placeholder)
 *   KL_j    = -1/2 (1 + log sigma_j^2 - mu_j^2 - sigma_j^2)                      (analytic, per dimension)
 *   KL_MC   = log q(z|x) - log p(z) = 1/2 sum_j (z_j^2 - eps_j^2 - log sigma_j^2)    (single sample)
 * </pre>
 *
 * with p(z) = N(0, I); a kind whose family gives another prior variance v (ModelFamily.priorVariance) gets both KL
 * terms against N(0, v I) instead ({@link #againstPrior}).
 *
 * Categorical latents (Dupont 2018, JointVAE) use the Gumbel-softmax relaxation (Jang et al. 2017; Maddison et
 * al. 2017): c = softmax((log alpha + g) / tau), g = -log(-log u), u ~ U(0, 1) fed as a placeholder, and
 * KL(q(c|x) || Uniform(K)) = sum_k alpha_k log alpha_k + log K. A CVAE (Sohn et al. 2015) feeds the one-hot label
 * to encoder and decoder. The decoder is built once and applied twice: on the sampled code for training and on the
 * {@code z_in}/{@code cat_in}/{@code label_in} placeholders for decoding, sharing its weights. The loss is
 * {@link StandardObjective}'s, or the family's own ({@code ModelFamily.graphLoss}) when it has one.
 */
public final class VaeGraphBuilder {
    /** Keeps log(u) and log(-log u) finite at u = 0 or 1. */
    private static final double GUMBEL_EPS = 1e-20;
    private final ModelSpec spec;
    private final NetworkLayers layers;
    private final DataType dt;
    private final SameDiff sd = SameDiff.create();
    private final WeightInit init;

    private VaeGraphBuilder(ModelSpec spec, NetworkLayers layers, WeightInit init, DataType dt) {
        this.spec = spec;
        this.layers = layers;
        this.dt = dt;
        this.init = init;
    }

    /** The graph of {@code layers} ({@link EncoderDecoderGraph#layers}) with the weights {@code init} supplies. */
    static SameDiff build(ModelSpec spec, NetworkLayers layers, WeightInit init, DataType dataType) {
        return new VaeGraphBuilder(spec, layers, init, dataType).build();
    }

    private SameDiff build() {
        SDVariable x = sd.placeHolder(X, dt, -1, spec.pixels());
        SDVariable label = spec.conditional() ? sd.placeHolder(LABEL, dt, -1, spec.numClasses()) : null;
        SDVariable h = new Layers.Stack(sd, init, layers.part(EncoderDecoderGraph.ENCODER)).apply(x, label);

        List<SDVariable> code = new ArrayList<>();
        SDVariable klCont = null;
        SDVariable klMc = null;
        if (spec.latentDim() > 0) {
            Continuous c = continuous(h);
            code.add(c.z);
            klCont = c.kl;
            klMc = c.klMc;
        }
        SDVariable klDiscTotal = null;
        if (spec.hasCategorical()) {
            klDiscTotal = categorical(h, code);
        }
        if (label != null) {
            code.add(label);
        }
        Layers.Stack decoder = new Layers.Stack(sd, init, layers.decoder());
        SDVariable logits = decoder.apply(concat(code), null);
        Layers.Stack likelihood = new Layers.Stack(sd, init, layers.part(EncoderDecoderGraph.LIKELIHOOD));
        SDVariable recon = new ReconstructionTerm(sd, spec, likelihood).negativeLogLikelihood(x, logits)
                .rename(RECON);
        sd.nn().sigmoid(X_MEAN, logits);

        SDVariable klForObjective = spec.klEstimator() == KlEstimator.MONTE_CARLO ? klMc : klCont;
        SDVariable own = spec.latentDim() > 0 && klDiscTotal == null ? spec.kind().family().graphLoss(
                spec.objective(), recon, klForObjective, code.get(0), sd.getVariable(MU), sd.getVariable(LOGVAR))
                : null;
        (own != null ? own : StandardObjective.loss(spec.objective(), recon, klForObjective, klDiscTotal,
                LossArithmetic.graph(sd, dt))).rename(LOSS);
        sd.setLossVariables(LOSS);
        decodingEntry(decoder);
        return sd;
    }

    private record Continuous(SDVariable z, SDVariable kl, SDVariable klMc) {
    }

    private Continuous continuous(SDVariable h) {
        int d = spec.latentDim();
        SDVariable mu = head(EncoderDecoderGraph.MU_HEAD).apply(h).rename(MU);
        SDVariable logVar = head(EncoderDecoderGraph.LOGVAR_HEAD).apply(h).rename(LOGVAR);
        SDVariable eps = sd.placeHolder(EPS, dt, -1, d);
        SDVariable z = mu.add(sd.math().exp(logVar.mul(0.5)).mul(eps));
        double v = spec.kind().family().priorVariance();
        if (v != 1) {
            return againstPrior(mu, logVar, eps, z, v);
        }
        SDVariable klDims = logVar.add(1.0).sub(mu.mul(mu)).sub(sd.math().exp(logVar)).mul(-0.5).rename(KL_DIMS);
        SDVariable kl = klDims.sum(KL_CONT, 1);
        SDVariable klMc = z.mul(z).sub(eps.mul(eps)).sub(logVar).sum(1).mul(0.5).rename(KL_MC);
        return new Continuous(z, kl, klMc);
    }

    /**
     * The KL terms against a prior N(0, v I) of a kind that has one ({@code ModelFamily.priorVariance}):
     * KL_j = 1/2 (sigma_j^2 / v + mu_j^2 / v - 1 - log sigma_j^2 + log v) and
     * KL_MC = 1/2 sum_j (z_j^2 / v - eps_j^2 - log sigma_j^2 + log v). The standard prior keeps the graph above.
     */
    private Continuous againstPrior(SDVariable mu, SDVariable logVar, SDVariable eps, SDVariable z, double v) {
        double logV = Math.log(v);
        SDVariable klDims = sd.math().exp(logVar).add(mu.mul(mu)).div(v).sub(logVar).add(logV - 1).mul(0.5)
                .rename(KL_DIMS);
        SDVariable kl = klDims.sum(KL_CONT, 1);
        SDVariable klMc = z.mul(z).div(v).sub(eps.mul(eps)).sub(logVar).add(logV).sum(1).mul(0.5).rename(KL_MC);
        return new Continuous(z, kl, klMc);
    }

    /** Adds the relaxed one-hot samples to {@code code}; returns the summed discrete KL per image [B]. */
    private SDVariable categorical(SDVariable h, List<SDVariable> code) {
        SDVariable u = sd.placeHolder(GUMBEL_U, dt, -1, spec.categoricalWidth());
        SDVariable tau = sd.placeHolder(TAU, dt);
        List<SDVariable> kls = new ArrayList<>();
        List<SDVariable> probs = new ArrayList<>();
        List<SDVariable> samples = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < spec.categories().size(); i++) {
            int k = spec.categories().get(i);
            SDVariable logits = head(EncoderDecoderGraph.categoricalHead(i)).apply(h);
            SDVariable logAlpha = logSoftmax(sd, logits);
            SDVariable alpha = sd.math().exp(GraphNames.categoricalProbabilities(i), logAlpha);
            probs.add(alpha);
            kls.add(alpha.mul(logAlpha).sum(1).add(Math.log(k)));
            SDVariable ui = u.get(SDIndex.all(), SDIndex.interval(offset, offset + k));
            SDVariable g = sd.math().log(sd.math().log(ui.add(GUMBEL_EPS)).neg().add(GUMBEL_EPS)).neg();
            samples.add(sd.nn().softmax(logAlpha.add(g).div(tau)));
            offset += k;
        }
        code.add(sd.identity(GraphNames.CAT_SAMPLE, concat(samples)));
        sd.identity(CAT_PROBS, concat(probs));
        // stack() of a single input breaks backprop in ND4J 1.0.0-M2.1, so one latent is expanded instead, and
        // the total is a chain of adds rather than a reduction of the stacked report.
        if (kls.size() == 1) {
            sd.expandDims(KL_DISC, kls.get(0), 1);
        } else {
            sd.stack(KL_DISC, 1, kls.toArray(new SDVariable[0]));
        }
        SDVariable total = kls.get(0);
        for (int i = 1; i < kls.size(); i++) {
            total = total.add(kls.get(i));
        }
        return total;
    }

    /**
     * log alpha = x - m - ln sum_k exp(x_k - m) over the categories (the last axis), m = max_k x_k. ND4J
     * 1.0.0-M2.1's own log_softmax is ln(softmax(x)): once a probability underflows float (a logit gap above about
     * 104) it gives -infinity, and alpha ln alpha = 0 * -infinity turns the KL and every gradient into NaN. Dupont's
     * discrete capacity drives the categories towards one-hot, so Joint VAE runs got there (an MLP Joint VAE at
     * epoch 15, iteration 13,200; a 100-epoch run at epoch 77). The shift is constant for the gradient (its terms
     * cancel), hence no gradient through the max.
     */
    public static SDVariable logSoftmax(SameDiff sd, SDVariable logits) {
        SDVariable shifted = logits.sub(new StopGradient(sd, logits.max(true, -1)).outputVariable());
        return shifted.sub(sd.math().log(sd.math().exp(shifted).sum(true, -1)));
    }

    private Layers.Dense head(String name) {
        return new Layers.Dense(sd, init, layers.dense(name));
    }

    private void decodingEntry(Layers.Stack decoder) {
        List<SDVariable> code = new ArrayList<>();
        if (spec.latentDim() > 0) {
            code.add(sd.placeHolder(Z_IN, dt, -1, spec.latentDim()));
        }
        if (spec.hasCategorical()) {
            code.add(sd.placeHolder(CAT_IN, dt, -1, spec.categoricalWidth()));
        }
        if (spec.conditional()) {
            code.add(sd.placeHolder(LABEL_IN, dt, -1, spec.numClasses()));
        }
        sd.nn().sigmoid(DECODED, decoder.apply(concat(code), null));
    }

    private SDVariable concat(List<SDVariable> parts) {
        return parts.size() == 1 ? parts.get(0) : sd.concat(1, parts.toArray(new SDVariable[0]));
    }
}
