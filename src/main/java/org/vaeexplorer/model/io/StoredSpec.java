package org.vaeexplorer.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.List;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.StructuredOutput;
import org.vaeexplorer.model.TemperatureSchedule;
import org.vaeexplorer.model.family.StructuredOutputCvae;

/**
 * How a {@link ModelSpec} is written in a checkpoint's manifest: one flat object whatever the kind, so that a
 * manifest reads the same to a person and to the checks on edited files. Format 1 listed every field for every
 * kind (null where a kind has none); format 2 leaves out what a kind does not have (the structured-output settings,
 * a temperature without categorical latents). Reading goes through {@link ModelSpec#of}, which refuses values the
 * kind cannot have (a label input on a kind that takes none) with the words of the checkpoint checks. The images'
 * {@code channels} are written only for colour: a grey model's manifest reads as before colour, and a manifest
 * without them (every earlier one) is grey. {@code extraStages}, the conv layers a 64-pixel model gains, likewise
 * only where there are any: a manifest without them rebuilds its network as it was built.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredSpec(ModelKind kind, Backbone backbone, List<Integer> hidden, int latentDim,
                         List<Integer> categories, Likelihood likelihood, double gaussianSigma,
                         KlEstimator klEstimator, boolean conditional, int numClasses, int rows, int cols,
                         Objective objective, TemperatureSchedule temperature, StructuredOutput structured,
                         Integer channels, Integer extraStages) {
    /** The fields as a manifest shows them. */
    public static StoredSpec of(ModelSpec s) {
        return new StoredSpec(s.kind(), s.backbone(), s.hidden(), s.latentDim(), s.categories(), s.likelihood(),
                s.gaussianSigma(), s.klEstimator(), s.conditional(), s.numClasses(), s.rows(), s.cols(),
                s.objective(), s.temperature(), s.capabilities().completes() ? StructuredOutputCvae.settings(s) : null,
                s.channels() == 1 ? null : s.channels(), s.extraStages() == 0 ? null : s.extraStages());
    }

    /**
     * The spec these fields describe.
     *
     * @throws IllegalArgumentException with a sentence naming the rule, when they do not make a model
     */
    public ModelSpec toSpec() {
        if (kind == null || backbone == null || likelihood == null || klEstimator == null || objective == null
                || objective.type() == null) {
            throw new IllegalArgumentException("the model's kind, backbone, likelihood, KL form or objective is "
                    + "missing");
        }
        return ModelSpec.of(kind, backbone, hidden, latentDim, categories, likelihood, gaussianSigma, klEstimator,
                conditional, numClasses, rows, cols, channels == null ? 1 : channels,
                extraStages == null ? 0 : extraStages, objective, temperature,
                structured);
    }

    /** For Jackson: a spec is written as its fields. */
    public static final class Writer extends StdConverter<ModelSpec, StoredSpec> {
        @Override
        public StoredSpec convert(ModelSpec spec) {
            return of(spec);
        }
    }

    /** For Jackson: the fields are read back as the kind's record. */
    public static final class Reader extends StdConverter<StoredSpec, ModelSpec> {
        @Override
        public ModelSpec convert(StoredSpec stored) {
            return stored.toSpec();
        }
    }
}
