package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.Listener;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.graph.GraphNames;
import org.vaeexplorer.model.graph.MlpVaeLayers;
import org.vaeexplorer.model.io.SavedModelReader;

/**
 * Training steps that ask SameDiff only for the gradients (the forward and backward pass of the gradient graph, one
 * session for all steps of a call, written into the flat gradient buffer: {@link GradientSession}) and update all
 * weights with one {@link FlatAdam} step.
 * SameDiff's own loop ({@link SessionFit}) runs the same passes but updates weight by weight as each gradient is
 * ready, two native ops per weight. The iteration and epoch counts advance as SameDiff's loop advances them: Adam's
 * bias correction reads the first, checkpoints save both.
 */
public final class FlatAdamSteps {
    private final TrainingGraph graph;
    /** One optimiser per network, stepped in this order (a single one for every kind but CVAE-GAN). */
    private final List<FlatAdam> adams;
    private final Map<String, INDArray> gradientSlices = new LinkedHashMap<>();
    private final List<String> gradientNames;
    /** Hears each optimiser's update as it is applied (tests check that it moved its own network only). */
    private java.util.function.IntConsumer afterEachUpdate = i -> { };
    private final List<String> inputs;
    /**
     * The gradients and the captured activations the pass computes anyway, asked for as outputs: known after the
     * first step, which captures them with the listener. As outputs they are neither copied (the listener must copy,
     * SameDiff reuses the arrays it shows listeners) nor is a listener called for every op.
     */
    private List<String> outputs;
    /** The gradients computed by hand instead of by the graph, where the graph family has such a step; else null. */
    private final FusedVaeStep fused;

    private FlatAdamSteps(TrainingGraph graph, List<FlatAdam> adams, List<String> inputs) {
        this.graph = graph;
        MlpVaeLayers layers = adams.size() == 1 ? graph.fusedLayers() : null;
        this.fused = layers == null ? null
                : FusedVaeStep.of(graph.graph(), adams.get(0), layers, graph.spec().objective());
        this.adams = adams;
        adams.forEach(a -> gradientSlices.putAll(a.gradientSlices()));
        this.gradientNames = new ArrayList<>(gradientSlices.keySet());
        this.inputs = inputs;
    }

    /**
     * For {@code graph}, whose gradient graph is built; null where {@link FlatAdam} cannot serve its weights. Sets up
     * Adam's state as SameDiff's first step would, unless a checkpoint brought it.
     */
    static FlatAdamSteps of(TrainingGraph graph, List<String> inputs) {
        SameDiff sd = graph.graph();
        if (sd.getTrainingConfig() == null || sd.getFunction("grad") == null) {
            return null;
        }
        if (!sd.isInitializedTraining()) {
            SavedModelReader.initializeTraining(sd);
        }
        List<java.util.function.Predicate<String>> networks = graph.optimisers();
        List<FlatAdam> adams = new ArrayList<>();
        for (java.util.function.Predicate<String> owns : networks) {
            FlatAdam adam = FlatAdam.of(sd, owns);
            if (adam == null) {
                return null;
            }
            adams.add(adam);
        }
        return new FlatAdamSteps(graph, adams, inputs);
    }

    /** The optimisers, in update order (for the tests). */
    List<FlatAdam> adams() {
        return adams;
    }

    /** Sets what hears each optimiser's update (its index in the family's order), for the tests. */
    void afterEachUpdate(java.util.function.IntConsumer listener) {
        this.afterEachUpdate = listener;
    }

    private Map<String, INDArray> captured(Map<String, INDArray> computed) {
        Map<String, INDArray> captured = new HashMap<>();
        for (String name : outputs.subList(gradientNames.size(), outputs.size())) {
            captured.put(name, computed.get(name));
        }
        return captured;
    }

    /**
     * The steps, in a session of their own: its array cache (a step's activations, reused from step to step) goes
     * with it when the call returns, as SameDiff's {@code fit} lets its session go, so a model kept after training
     * holds no cache.
     */
    void run(Iterator<VaeModel.Step> steps, NoiseSource noise, VaeModel.StepDone done) {
        if (fused != null) {
            runFused(steps, noise, done);
            return;
        }
        GradientSession session = new GradientSession(graph.graph().getFunction("grad"), gradientSlices);
        TrainingConfig config = graph.graph().getTrainingConfig();
        At at = At.builder().epoch(config.getEpochCount()).iteration(config.getIterationCount())
                .trainingThreadNum(0).javaThreadNum(Thread.currentThread().getId()).operation(Operation.TRAINING)
                .build();
        boolean stepped = false;
        while (steps.hasNext()) {
            VaeModel.Step step = steps.next();
            Map<String, INDArray> feed = graph.feed(step, noise);
            Map<String, INDArray> placeholders = new LinkedHashMap<>();
            for (String name : inputs) {
                placeholders.put(name, feed.get(name));
            }
            int iteration = config.getIterationCount();
            at.setIteration(iteration);
            List<String> wanted = outputs == null ? gradientNames : outputs;
            List<Listener> listeners = outputs == null ? List.of(graph.capture()) : List.of();
            Map<String, INDArray> computed = session.output(wanted, placeholders, null, wanted, listeners, at);
            for (int i = 0; i < adams.size(); i++) {
                adams.get(i).step(computed, iteration, config.getEpochCount());
                afterEachUpdate.accept(i);
            }
            config.incrementIterationCount();
            stepped = true;
            Map<String, INDArray> captured = outputs == null ? graph.capture().take() : captured(computed);
            if (outputs == null) {
                outputs = new ArrayList<>(gradientNames);
                graph.capture().names().stream().filter(session::computed).forEach(outputs::add);
            }
            done.stepped(step, graph.stepTerms(step, feed, captured));
        }
        if (stepped) {
            config.incrementEpochCount(); // as SameDiff's fit(iterator, 1) does once per call
        }
    }

    /**
     * The steps with the gradients computed by {@link FusedVaeStep} on the same feed (the same noise drawn in the same
     * order), then the same Adam update and the same counts as {@link #run}.
     */
    private void runFused(Iterator<VaeModel.Step> steps, NoiseSource noise, VaeModel.StepDone done) {
        TrainingConfig config = graph.graph().getTrainingConfig();
        FlatAdam adam = adams.get(0);
        boolean stepped = false;
        while (steps.hasNext()) {
            VaeModel.Step step = steps.next();
            Map<String, INDArray> feed = graph.feed(step, noise);
            LossTerms terms = fused.step(feed.get(GraphNames.X), step.batch().pixels(), feed.get(GraphNames.EPS),
                    step.schedules());
            adam.step(gradientSlices, config.getIterationCount(), config.getEpochCount());
            afterEachUpdate.accept(0);
            config.incrementIterationCount();
            stepped = true;
            done.stepped(step, terms);
        }
        if (stepped) {
            config.incrementEpochCount();
        }
    }

    /** Whether the gradients are computed by hand ({@link FusedVaeStep}) rather than by the graph. */
    boolean fused() {
        return fused != null;
    }
}
