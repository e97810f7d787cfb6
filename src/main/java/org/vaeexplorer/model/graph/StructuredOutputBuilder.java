package org.vaeexplorer.model.graph;

import static org.vaeexplorer.model.graph.GraphNames.BASELINE_MEAN;
import static org.vaeexplorer.model.graph.GraphNames.BASELINE_NLL;
import static org.vaeexplorer.model.graph.GraphNames.DECODED;
import static org.vaeexplorer.model.graph.GraphNames.EPS;
import static org.vaeexplorer.model.graph.GraphNames.EPS_PRIOR;
import static org.vaeexplorer.model.graph.GraphNames.KL_CONT;
import static org.vaeexplorer.model.graph.GraphNames.KL_DIMS;
import static org.vaeexplorer.model.graph.GraphNames.KL_MC;
import static org.vaeexplorer.model.graph.GraphNames.LOGVAR;
import static org.vaeexplorer.model.graph.GraphNames.LOSS;
import static org.vaeexplorer.model.graph.GraphNames.MASK;
import static org.vaeexplorer.model.graph.GraphNames.MU;
import static org.vaeexplorer.model.graph.GraphNames.PRIOR_LOGVAR;
import static org.vaeexplorer.model.graph.GraphNames.PRIOR_MU;
import static org.vaeexplorer.model.graph.GraphNames.PRIOR_SAMPLE_MEAN;
import static org.vaeexplorer.model.graph.GraphNames.RECON;
import static org.vaeexplorer.model.graph.GraphNames.RECON_PRIOR;
import static org.vaeexplorer.model.graph.GraphNames.X;
import static org.vaeexplorer.model.graph.GraphNames.X_MEAN;
import static org.vaeexplorer.model.graph.GraphNames.Z_IN;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.family.StructuredOutputCvae;
import org.vaeexplorer.model.objective.LossArithmetic;

/**
 * One build of the structured-output CVAE's graph ({@link StructuredOutputGraph}, where its equations are) from its
 * layer list: the baseline, the prior and recognition nets with their heads, and the generation net, each created
 * where it is first applied (the order the seeded weights are drawn in).
 */
public final class StructuredOutputBuilder {
    private final ModelSpec spec;
    private final NetworkLayers layers;
    private final DataType dt;
    private final SameDiff sd = SameDiff.create();
    private final WeightInit init;

    StructuredOutputBuilder(ModelSpec spec, NetworkLayers layers, WeightInit init, DataType dt) {
        this.spec = spec;
        this.layers = layers;
        this.dt = dt;
        this.init = init;
    }

    SameDiff build() {
        int p = spec.pixels();
        int d = spec.latentDim();
        SDVariable x = sd.placeHolder(X, dt, -1, p);
        SDVariable given = sd.placeHolder(MASK, dt, -1, p);
        SDVariable eps = sd.placeHolder(EPS, dt, -1, d);
        SDVariable epsPrior = sd.placeHolder(EPS_PRIOR, dt, -1, d);
        SDVariable missing = given.rsub(1.0);
        // Pyro's input: the given pixels, -1 for the hidden ones.
        SDVariable visible = x.mul(given).sub(missing);

        SDVariable baseLogits = stack(StructuredOutputGraph.BASELINE).apply(visible, null);
        SDVariable baseNll = maskedNll(x, baseLogits, missing).rename(BASELINE_NLL);
        sd.nn().sigmoid(BASELINE_MEAN, baseLogits);
        SDVariable yHat = sd.nn().sigmoid(new StopGradient(sd, baseLogits).outputVariable());

        Gaussian prior = gaussian(StructuredOutputGraph.PRIOR, x.mul(given).add(yHat.mul(missing)));
        Gaussian recognition = gaussian(StructuredOutputGraph.RECOGNITION, x);
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

        StructuredOutputGraph.loss(StructuredOutputCvae.settings(spec).gsnnWeight(), baseNll, recon, kl, reconPrior,
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
