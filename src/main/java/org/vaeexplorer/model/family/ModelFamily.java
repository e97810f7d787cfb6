package org.vaeexplorer.model.family;

import java.util.List;
import java.util.Set;
import org.nd4j.autodiff.samediff.SDVariable;
import org.vaeexplorer.model.EngineText;
import org.vaeexplorer.model.LossTerms;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Network;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.ObjectiveType;
import org.vaeexplorer.model.SpecException;
import org.vaeexplorer.model.StructuredOutput;
import org.vaeexplorer.model.graph.GraphFamily;
import org.vaeexplorer.model.settings.ModelSetting;

/**
 * Everything that sets one kind of model apart, in one place: its defaults and their sources, the settings it reads,
 * its own validation rules, how a person's objective choices become its objective, and what it can do once trained.
 * The rest of the app asks the family (through {@link ModelKind#family()} or {@link ModelSpec#capabilities()})
 * instead of comparing kinds, so that a new kind is one more implementation.
 *
 * <p>The built-in families are this package's, listed in {@code META-INF/services}; {@link ModelKind} finds them
 * and any other family a class path lists the same way (with a public no-argument constructor), so a kind from
 * outside this jar is its family, its configuration record ({@link ModelSpec.Extension}) and two bundle lines.
 */
public interface ModelFamily {
    /** This kind's name; a constant, so that each call returns an equal one. */
    ModelKind kind();

    /** The network and objective of this kind's paper or seed implementation. */
    Defaults defaults();

    /** The categorical latents this kind has when none are given, for a dataset of {@code numClasses} classes. */
    default List<Integer> defaultCategories(int numClasses) {
        return List.of();
    }

    /** The settings this kind reads; the others are ignored for it. */
    Set<ModelSetting> settings();

    /**
     * This kind's configuration record with these values; only the structured-output CVAE takes {@code structured}
     * settings, the others refuse them.
     *
     * @throws IllegalArgumentException with a sentence naming the rule, when the values do not make a model
     */
    ModelSpec spec(Network network, Objective objective, StructuredOutput structured);

    /** {@link #spec}'s refusal of structured-output settings given to a kind that has none. */
    static void refuseStructured(StructuredOutput structured) {
        if (structured != null) {
            throw SpecException.of("spec.structuredKindOnly",
                    "the structured-output settings belong to the scvae kind only");
        }
    }

    /**
     * The objective when a person chose {@code choice} (each part null when not given) and the kind's objective was
     * {@code current}: the command line and the Train form both come here.
     */
    default Objective objective(Objective current, ObjectiveChoice choice) {
        return current;
    }

    /**
     * The objectives train gives this kind (the command line and the Train form alike): a checkpoint whose manifest
     * pairs its kind with another was edited after it was saved.
     */
    default Set<ObjectiveType> trainedObjectives() {
        return Set.of(ObjectiveType.ELBO);
    }

    /** Whether this kind's encoder and decoder take the image's label as an input. */
    default boolean takesLabel() {
        return false;
    }

    /** Adam's learning rate of this kind's paper. */
    default double learningRate() {
        return 1e-3;
    }

    /** The batch size of this kind's paper. */
    default int batchSize() {
        return 128;
    }

    /**
     * Whether a training step's loss can be completed from its captured terms with the ELBO, beta and capacity
     * formulas; a kind with a graph or loss of its own keeps the second pass until it says so here (and the test
     * checks it).
     */
    default boolean standardLoss() {
        return false;
    }

    /**
     * The variance s^2 of this kind's prior p(z) = N(0, s^2 I) over the continuous latents; 1, the standard normal
     * of Kingma and Welling (2014), unless a kind says otherwise. The graph's KL terms read it:
     * KL_j = 1/2 (sigma_j^2 / s^2 + mu_j^2 / s^2 - 1 - log sigma_j^2 + log s^2). A kind with another prior
     * variance keeps {@link #standardLoss()} false, whose formulas assume s = 1.
     */
    default double priorVariance() {
        return 1;
    }

    /**
     * This kind's loss when it is not {@code StandardObjective}'s, for a model whose latents are all continuous: from
     * the per-image reconstruction term and KL [B] (the spec's KL estimator) and the sampled codes, means and
     * log-variances [B, D]; null keeps {@code StandardObjective}'s. A kind that has one keeps {@link #standardLoss()}
     * false, so that a step's reported loss is the graph's.
     */
    default SDVariable graphLoss(Objective objective, SDVariable recon, SDVariable kl, SDVariable z, SDVariable mu,
                                 SDVariable logVar) {
        return null;
    }

    /**
     * A reason to stop a run after an epoch whose training terms had these means, though every figure is finite
     * (CVAE-GAN's discriminator winning outright), or null to go on. The run then keeps the weights from before
     * the epoch, as after a divergence.
     */
    default EngineText epochVerdict(LossTerms epochMeans) {
        return null;
    }

    /** The network this kind trains: the standard encoder/decoder graph unless it has one of its own. */
    default GraphFamily graph() {
        return GraphFamily.encoderDecoder();
    }

    /**
     * {@code spec}'s network as blocks, in the order an image flows through them, with the layer sizes of the layer
     * list its graph is built from: what the How it works view draws. A kind with blocks of its own (a
     * discriminator, say) adds them here.
     */
    default java.util.List<NetworkBlock> blocks(ModelSpec spec) {
        return graph().blocks(spec);
    }

    /**
     * The kind a model of this one is best shown beside, or null: the kind it is built on and trained further from
     * (CVAE-GAN names the CVAE, whose encoder and generator it shares; Bao et al. 2017), so that the two side by side
     * show what the extra training changes. Explore's pair opens them together when both are shipped for a dataset.
     */
    default ModelKind shownBeside() {
        return null;
    }

    /** Whether one of {@code a} and {@code b} names the other as the kind it is shown beside ({@link #shownBeside}). */
    static boolean shownTogether(ModelKind a, ModelKind b) {
        return a.equals(b.family().shownBeside()) || b.equals(a.family().shownBeside());
    }

    /** What a trained model of {@code spec} (of this kind) can do, for the screens and commands that offer it. */
    default Capabilities capabilities(ModelSpec spec) {
        return new Capabilities(spec.latentDim(), spec.conditional(), spec.conditional() ? spec.numClasses() : 0,
                spec.categories(), false, Math.sqrt(priorVariance()), spec.channels());
    }
}
