package org.vaeexplorer.model.graph;

import static org.vaeexplorer.model.graph.GraphNames.DECODED;
import static org.vaeexplorer.model.graph.GraphNames.EPS;
import static org.vaeexplorer.model.graph.GraphNames.KL_CONT;
import static org.vaeexplorer.model.graph.GraphNames.KL_DIMS;
import static org.vaeexplorer.model.graph.GraphNames.LABEL;
import static org.vaeexplorer.model.graph.GraphNames.LABEL_IN;
import static org.vaeexplorer.model.graph.GraphNames.LOGVAR;
import static org.vaeexplorer.model.graph.GraphNames.LOSS;
import static org.vaeexplorer.model.graph.GraphNames.MU;
import static org.vaeexplorer.model.graph.GraphNames.RECON;
import static org.vaeexplorer.model.graph.GraphNames.X;
import static org.vaeexplorer.model.graph.GraphNames.X_MEAN;
import static org.vaeexplorer.model.graph.GraphNames.Z_IN;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.AdversarialTerms;
import org.vaeexplorer.model.AdversarialWeights;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.objective.AdversarialLosses;
import org.vaeexplorer.model.objective.ReconstructionTerm;

/**
 * Builds CVAE-GAN's graph ({@link CvaeGanGraph}) with the losses of {@link AdversarialLosses}, all from one forward
 * pass, as Algorithm 1 computes every loss before it updates any network. One backward pass then gives each
 * network the gradient of its own loss, through the loss
 * <pre>
 *   loss = L_C + L_D + lambda_3 L_G + lambda_4 (L_GD + L_GC) + lambda_1 L_KL      (batch means)
 * </pre>
 * routed so that no network is moved by another's loss: D is trained on x_f and x_p behind a stop-gradient (L_D does
 * not reach G or E); the features G and E are matched in come from D and C applied with their weights held
 * ({@code Layers.Stack.applyFrozen}); and the code z reaches G through sg(z) + (lambda_2 / lambda_3)(z - sg(z)), the
 * same value, so E's gradient of lambda_3 L_G is lambda_2's, as its loss lambda_1 L_KL + lambda_2 L_G asks. Each
 * network's optimiser reads only its own weights' gradients (the tests check each against finite differences of that
 * network's loss). D's three inputs share one pass of D (stacked on the batch axis), as do the held passes.
 */
final class CvaeGanBuilder {
    private final ModelSpec spec;
    private final NetworkLayers layers;
    private final WeightInit init;
    private final DataType dt;
    private final SameDiff sd = SameDiff.create();

    private CvaeGanBuilder(ModelSpec spec, NetworkLayers layers, WeightInit init, DataType dt) {
        this.spec = spec;
        this.layers = layers;
        this.init = init;
        this.dt = dt;
    }

    static SameDiff build(ModelSpec spec, NetworkLayers layers, WeightInit init, DataType dataType) {
        return new CvaeGanBuilder(spec, layers, init, dataType).build();
    }

    private SameDiff build() {
        AdversarialWeights w = spec.objective().adversarial();
        int d = spec.latentDim();
        SDVariable x = sd.placeHolder(X, dt, -1, spec.pixels());
        SDVariable label = sd.placeHolder(LABEL, dt, -1, spec.numClasses());
        SDVariable eps = sd.placeHolder(EPS, dt, -1, d);
        SDVariable zPrior = sd.placeHolder(CvaeGanGraph.Z_PRIOR, dt, -1, d);
        Layers.Stack encoder = stack(EncoderDecoderGraph.ENCODER);
        Layers.Dense muHead = new Layers.Dense(sd, init, layers.dense(EncoderDecoderGraph.MU_HEAD));
        Layers.Dense logVarHead = new Layers.Dense(sd, init, layers.dense(EncoderDecoderGraph.LOGVAR_HEAD));
        Layers.Stack generator = stack(NetworkLayers.DECODER);
        Layers.Stack likelihood = stack(EncoderDecoderGraph.LIKELIHOOD);
        Layers.Stack disc = stack(CvaeGanGraph.DISCRIMINATOR);
        Layers.Stack discHead = stack(CvaeGanGraph.DISCRIMINATOR_HEAD);
        Layers.Stack cls = stack(CvaeGanGraph.CLASSIFIER);
        Layers.Stack clsHead = stack(CvaeGanGraph.CLASSIFIER_HEAD);

        // E(x, c) -> q(z|x, c) and the KL per image, as the CVAE's.
        SDVariable h = encoder.apply(x, label);
        SDVariable mu = muHead.apply(h).rename(MU);
        SDVariable logVar = logVarHead.apply(h).rename(LOGVAR);
        SDVariable z = mu.add(sd.math().exp(logVar.mul(0.5)).mul(eps));
        SDVariable klDims = logVar.add(1.0).sub(mu.mul(mu)).sub(sd.math().exp(logVar)).mul(-0.5).rename(KL_DIMS);
        SDVariable kl = klDims.sum(KL_CONT, 1);

        // x_f = G(z, c) with E's share of L_G scaled from lambda_3 to lambda_2; x_p = G(z_p, c).
        SDVariable heldZ = Layers.still(z);
        SDVariable zForG = heldZ.add(z.sub(heldZ).mul(w.reconstruction() / w.generator()));
        SDVariable logitsF = generator.apply(sd.concat(1, zForG, label), null);
        SDVariable xf = sd.nn().sigmoid(X_MEAN, logitsF);
        SDVariable recon = new ReconstructionTerm(sd, spec, likelihood).negativeLogLikelihood(x, logitsF)
                .rename(RECON);
        SDVariable xp = sd.nn().sigmoid(generator.apply(sd.concat(1, zPrior, label), null));

        // D trained on [x_r; x_f; x_p] (the generated ones held); its held copy and C's on [x_f; x_p].
        int fd = layers.part(CvaeGanGraph.DISCRIMINATOR).width();
        int fc = layers.part(CvaeGanGraph.CLASSIFIER).width();
        SDVariable fdTrained = disc.apply(sd.concat(0, x, Layers.still(xf), Layers.still(xp)), null);
        SDVariable dLogits = sd.reshape(discHead.apply(fdTrained, null), 3, -1);
        SDVariable[] dl = {part(dLogits, 0), part(dLogits, 1), part(dLogits, 2)};
        SDVariable fdReal = Layers.still(part(sd.reshape(fdTrained, 3, -1, fd), 0));
        SDVariable fdHeld = sd.reshape(disc.applyFrozen(sd.concat(0, xf, xp), null), 2, -1, fd);
        SDVariable fcRealTrained = cls.apply(x, null);
        SDVariable fcReal = Layers.still(fcRealTrained);
        SDVariable fcHeld = sd.reshape(cls.applyFrozen(sd.concat(0, xf, xp), null), 2, -1, fc);

        SDVariable lossD = AdversarialLosses.discriminator(dl[0], dl[1], dl[2]).mean();
        SDVariable lossC = AdversarialLosses.classifier(clsHead.apply(fcRealTrained, null), label).mean();
        SDVariable pairwise = recon.add(AdversarialLosses.pairwise(fdReal, part(fdHeld, 0)))
                .add(AdversarialLosses.pairwise(fcReal, part(fcHeld, 0))).mean();
        SDVariable matching = AdversarialLosses.meanMatching(fdReal, part(fdHeld, 1))
                .add(AdversarialLosses.classMeanMatching(fcReal, part(fcHeld, 1), label));
        SDVariable lossG = pairwise.mul(w.generator()).add(matching.mul(w.featureMatching()));
        SDVariable lossE = kl.mean().mul(w.kl()).add(pairwise.mul(w.reconstruction()));
        lossD.rename(AdversarialTerms.DISCRIMINATOR);
        lossC.rename(AdversarialTerms.CLASSIFIER);
        lossG.rename(AdversarialTerms.GENERATOR);
        lossE.rename(AdversarialTerms.ENCODER);
        SDVariable dReal = sd.nn().sigmoid(dl[0]).mean().rename(AdversarialTerms.D_REAL);
        SDVariable dGenerated = sd.nn().sigmoid(dl[2]).mean().rename(AdversarialTerms.D_GENERATED);
        // The reported terms at weight 0: in the loss so that the gradient pass computes them; no gradient.
        SDVariable reportedOnly = lossE.add(dReal).add(dGenerated).mul(0.0);
        lossC.add(lossD).add(lossG).add(kl.mean().mul(w.kl())).add(reportedOnly).rename(LOSS);
        sd.setLossVariables(LOSS);

        SDVariable zIn = sd.placeHolder(Z_IN, dt, -1, d);
        SDVariable labelIn = sd.placeHolder(LABEL_IN, dt, -1, spec.numClasses());
        sd.nn().sigmoid(DECODED, generator.apply(sd.concat(1, zIn, labelIn), null));
        return sd;
    }

    private Layers.Stack stack(String part) {
        return new Layers.Stack(sd, init, layers.part(part));
    }

    /** Part i of inputs stacked on the batch axis and reshaped to [parts, B, F]. */
    private static SDVariable part(SDVariable parts, int i) {
        return parts.get(SDIndex.point(i));
    }
}
