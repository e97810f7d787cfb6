package org.vaeexplorer.model;

import static org.vaeexplorer.model.graph.GraphNames.KL_DIMS;
import static org.vaeexplorer.model.graph.GraphNames.KL_DISC;
import static org.vaeexplorer.model.graph.GraphNames.LOSS;
import static org.vaeexplorer.model.graph.GraphNames.RECON;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.graph.GraphFamily;
import org.vaeexplorer.model.graph.MlpVaeLayers;
import org.vaeexplorer.model.io.GraphIo;
import org.vaeexplorer.model.objective.TermCapture;

/**
 * A model's graph as training sees it: the placeholders a step feeds (in the order the training configuration maps
 * them), the activations kept from the step's forward pass, and the step's reported terms. {@link SessionFit} talks
 * to this instead of to the model's parts. A restored snapshot is a new graph, so it gets a new one of these.
 */
public final class TrainingGraph {
    private final VaeModel model;
    private final GraphFamily family;
    private final SameDiff sd;
    private final List<String> inputs;
    private final String[] termNames;
    private final TermCapture capture;
    private boolean gradientsReady;
    /** One Adam op for all weights; null before the first fit, or where it cannot serve (then SameDiff's loop). */
    private FlatAdamSteps flatSteps;
    /** Whether a hand-written step may train this graph where its family has one; tests compare it with the graph's. */
    private boolean handWritten = true;

    TrainingGraph(VaeModel model, SameDiff sd) {
        ModelSpec spec = model.spec();
        this.model = model;
        this.sd = sd;
        this.family = GraphFamily.of(spec);
        this.inputs = family.trainingInputs(spec);
        Set<String> terms = new LinkedHashSet<>(List.of(LOSS, RECON));
        if (spec.latentDim() > 0) {
            terms.add(KL_DIMS);
        }
        if (spec.hasCategorical()) {
            terms.add(KL_DISC);
        }
        terms.addAll(family.reportedTerms(spec));
        this.termNames = terms.toArray(new String[0]);
        // A graph saved before an activation was named lacks it: such steps report through the second pass.
        this.capture = new TermCapture(family.capturedTerms(spec, terms).stream()
                .filter(sd::hasVariable).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    SameDiff graph() {
        return sd;
    }

    ModelSpec spec() {
        return model.spec();
    }

    /** The layers of the hand-written training step where the graph family has one for this model, else null. */
    MlpVaeLayers fusedLayers() {
        return handWritten ? family.fusedTraining(model.spec(), model.dataType()) : null;
    }

    /** Trains through the graph's backward pass even where a hand-written step exists: before the first fit. */
    void trainThroughGraph() {
        handWritten = false;
    }

    /** One weight-name test per optimiser, in update order; a single one accepting all when the family has none. */
    List<java.util.function.Predicate<String>> optimisers() {
        List<java.util.function.Predicate<String>> own = family.optimisers(model.spec());
        return own.isEmpty() ? List.of(name -> true) : own;
    }

    /** The flat Adam steps, once the first fit has set them up (null before, or where SameDiff's loop trains). */
    FlatAdamSteps flatSteps() {
        return flatSteps;
    }

    /** The outputs a batch's {@link LossTerms} are made of. */
    String[] termNames() {
        return termNames.clone();
    }

    /** The listener that keeps the step's activations. */
    TermCapture capture() {
        return capture;
    }

    /**
     * One optimiser step per element of {@code steps} ({@link SessionFit}). The gradient graph is built at the
     * first fit, not with the model: opening a checkpoint to explore it never trains, and building the backward
     * pass is most of what loading costs.
     */
    void fit(Iterator<VaeModel.Step> steps, NoiseSource noise, VaeModel.StepDone done) {
        if (!gradientsReady) {
            GraphIo.createGradientsQuietly(sd);
            gradientsReady = true;
            flatSteps = FlatAdamSteps.of(this, inputs);
        }
        if (flatSteps != null) {
            flatSteps.run(steps, noise, done);
        } else {
            SessionFit.run(this, steps, noise, done);
        }
    }

    /** The placeholder values of a training step (noise drawn, never the means). */
    Map<String, INDArray> feed(VaeModel.Step step, NoiseSource noise) {
        return model.feed(step.batch(), noise, step.schedules(), false);
    }

    /** The feed's arrays in the order of the training configuration's feature mapping. */
    INDArray[] features(Map<String, INDArray> feed) {
        return inputs.stream().map(feed::get).toArray(INDArray[]::new);
    }

    /**
     * The terms of the step just taken: from its captured activations where they give the loss, else from a second
     * forward pass on the same feed.
     */
    LossTerms stepTerms(VaeModel.Step step, Map<String, INDArray> feed) {
        return stepTerms(step, feed, capture.take());
    }

    /** As {@link #stepTerms(VaeModel.Step, Map)}, from activations the caller kept ({@code terms} is completed). */
    LossTerms stepTerms(VaeModel.Step step, Map<String, INDArray> feed, Map<String, INDArray> terms) {
        family.completeTerms(model.spec(), step.schedules(), terms);
        if (!terms.keySet().containsAll(List.of(termNames))) {
            terms = sd.output(feed, termNames);
        }
        return model.toTerms(terms, step.batch().size());
    }
}
