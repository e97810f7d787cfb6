package org.vaeexplorer.model.family;

import java.util.List;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.StructuredOutput;
import org.vaeexplorer.model.TemperatureSchedule;

/**
 * A kind's starting point before a person changes anything (the categorical latents aside, which depend on the
 * dataset: {@link ModelFamily#defaultCategories}).
 *
 * @param temperature the Gumbel-softmax schedule a kind with categorical latents starts from, else null
 * @param structured  the structured-output settings of the kind that has them, else null
 */
public record Defaults(Backbone backbone, List<Integer> hidden, int latent, KlEstimator klEstimator,
                       boolean conditional, Objective objective, TemperatureSchedule temperature,
                       StructuredOutput structured) {
    public Defaults {
        hidden = List.copyOf(hidden);
    }

    /** An MLP with a Bernoulli likelihood, the analytic KL and the ELBO, as most kinds start. */
    static Defaults mlp(List<Integer> hidden, int latent) {
        return new Defaults(Backbone.MLP, hidden, latent, KlEstimator.ANALYTIC, false, Objective.elbo(), null, null);
    }
}
