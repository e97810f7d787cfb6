package org.vaeexplorer.model.family;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
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
 * p(y|x) with an input-dependent prior, completing the hidden quadrants of an image (Sohn et al. 2015), as Pyro's
 * reproduction: 500-500 hidden layers, 200 latent dimensions, random quadrant masks so that one model completes any
 * of them. Bernoulli on the missing pixels is part of the model (Sohn's and Pyro's likelihood), not a setting.
 */
public final class StructuredOutputCvae implements ModelFamily {
    @Override
    public ModelKind kind() {
        return ModelKind.SCVAE;
    }

    @Override
    public Defaults defaults() {
        return new Defaults(Backbone.MLP, List.of(500, 500), 200, KlEstimator.ANALYTIC, false, Objective.elbo(),
                null, StructuredOutput.defaults());
    }

    @Override
    public Set<ModelSetting> settings() {
        return EnumSet.of(ModelSetting.LATENT, ModelSetting.HIDDEN, ModelSetting.GIVEN_QUADRANTS,
                ModelSetting.GSNN_WEIGHT);
    }

    @Override
    public ModelSpec spec(Network network, Objective objective, StructuredOutput structured) {
        return new ModelSpec.Scvae(network, objective, structured);
    }

    /**
     * The rules of this kind beyond those every spec obeys, for {@link ModelSpec.Scvae}'s constructor.
     *
     * @throws IllegalArgumentException when the settings are missing or the network is not one this kind can be
     */
    public static void check(Network network, Objective objective, StructuredOutput structured) {
        if (structured == null) {
            throw SpecException.of("spec.structuredKindOnly",
                    "the structured-output settings belong to the scvae kind only");
        }
        if (network.backbone() != Backbone.MLP || network.likelihood() != Likelihood.BERNOULLI
                || network.latentDim() == 0 || !network.categories().isEmpty()
                || objective.type() != ObjectiveType.ELBO) {
            throw SpecException.of("spec.structuredShape", "the structured-output CVAE is an MLP with a Bernoulli "
                    + "likelihood, continuous latents only, no label input and the ELBO objective");
        }
        if (network.channels() != 1) {
            // Its quadrant masks and completions are of one plane per image.
            throw SpecException.of("spec.structuredGrey", "the structured-output CVAE completes grey images only: its"
                    + " given and hidden quadrants are masks over one image plane, as in Sohn et al.'s MNIST"
                    + " experiments. Train it on grey images (a folder of pictures with colour=grey, or the grey"
                    + " option of the import dialog)");
        }
    }

    @Override
    public GraphFamily graph() {
        return GraphFamily.structuredOutput();
    }

    @Override
    public Capabilities capabilities(ModelSpec spec) {
        return new Capabilities(spec.latentDim(), false, 0, List.of(), true);
    }

    /**
     * The masks and GSNN weight of a structured-output CVAE: the graph, its feed and its loss read them.
     *
     * @throws IllegalArgumentException when {@code spec} is of another kind
     */
    public static StructuredOutput settings(ModelSpec spec) {
        if (!(spec instanceof ModelSpec.Scvae s)) {
            throw new IllegalArgumentException("a " + spec.kind().cliName() + " has no structured-output settings");
        }
        return s.structured();
    }
}
