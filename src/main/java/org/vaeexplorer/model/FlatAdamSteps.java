package org.vaeexplorer.model;

import java.util.ArrayList;
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

/**
 * Training steps that ask SameDiff only for the gradients (the forward and backward pass of the gradient graph, in
 * one session kept from step to step and epoch to epoch, written into the flat gradient buffer: {@link
 * GradientSession}) and update all weights with one {@link FlatAdam} step.
 * SameDiff's own loop ({@link SessionFit}) runs the same passes but updates weight by weight as each gradient is
 * ready, two native ops per weight. The iteration and epoch counts advance as SameDiff's loop advances them: Adam's
 * bias correction reads the first, checkpoints save both.
 */
final class FlatAdamSteps {
    private final TrainingGraph graph;
    private final FlatAdam adam;
    private final GradientSession session;
    private final List<String> gradientNames;
    private final List<String> inputs;

    private FlatAdamSteps(TrainingGraph graph, FlatAdam adam, List<String> inputs) {
        this.graph = graph;
        this.adam = adam;
        this.session = new GradientSession(graph.graph().getFunction("grad"), adam.gradientSlices());
        this.gradientNames = new ArrayList<>(adam.gradientSlices().keySet());
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
        FlatAdam adam = FlatAdam.of(sd);
        return adam == null ? null : new FlatAdamSteps(graph, adam, inputs);
    }

    void run(Iterator<VaeModel.Step> steps, NoiseSource noise, VaeModel.StepDone done) {
        TrainingConfig config = graph.graph().getTrainingConfig();
        List<Listener> listeners = List.of(graph.capture());
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
            Map<String, INDArray> gradients = session.output(gradientNames, placeholders, null, gradientNames,
                    listeners, at);
            adam.step(gradients, iteration, config.getEpochCount());
            config.incrementIterationCount();
            stepped = true;
            done.stepped(step, graph.stepTerms(step, feed));
        }
        if (stepped) {
            config.incrementEpochCount(); // as SameDiff's fit(iterator, 1) does once per call
        }
    }
}
