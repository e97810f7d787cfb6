package org.vaeexplorer.model;

import java.util.Iterator;
import java.util.Map;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Loss;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * Many optimiser steps in one {@code SameDiff.fit(iterator)} call. Each {@code fit} call builds a new training
 * session, whose array cache starts empty and whose execution plan is worked out again; one call for a whole
 * epoch lets SameDiff reuse both from step to step. The steps are the same as one {@code fit} per batch: the same
 * feeds in the same order, the same Adam updates.
 */
public final class SessionFit extends OnePassFeeds {
    private final TrainingGraph graph;
    private final Iterator<VaeModel.Step> steps;
    private final NoiseSource noise;
    private VaeModel.Step current;
    private Map<String, INDArray> currentFeed;

    private SessionFit(TrainingGraph graph, Iterator<VaeModel.Step> steps, NoiseSource noise) {
        this.graph = graph;
        this.steps = steps;
        this.noise = noise;
    }

    /** Runs the steps; {@code steps.hasNext()} must give the same answer until {@code next()} (SameDiff asks twice). */
    static void run(TrainingGraph graph, Iterator<VaeModel.Step> steps, NoiseSource noise, VaeModel.StepDone done) {
        if (!steps.hasNext()) {
            return; // SameDiff's epoch bookkeeping fails on an epoch without iterations
        }
        SessionFit feed = new SessionFit(graph, steps, noise);
        BaseListener afterEachStep = new BaseListener() {
            @Override
            public boolean isActive(Operation operation) {
                return operation == Operation.TRAINING;
            }

            @Override
            public void iterationDone(SameDiff sd, At at, MultiDataSet batch, Loss loss) {
                // The updates of this step are applied by now (SameDiff updates each weight once its gradient is done).
                done.stepped(feed.current, graph.stepTerms(feed.current, feed.currentFeed));
            }
        };
        graph.graph().fit(feed, 1, graph.capture(), afterEachStep);
    }

    @Override
    public boolean hasNext() {
        return steps.hasNext();
    }

    @Override
    public MultiDataSet next() {
        current = steps.next();
        currentFeed = graph.feed(current, noise);
        INDArray[] features = graph.features(currentFeed);
        return new org.nd4j.linalg.dataset.MultiDataSet(features, new INDArray[0]);
    }
}
