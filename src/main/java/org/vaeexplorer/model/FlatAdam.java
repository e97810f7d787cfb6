package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.autodiff.samediff.array.SingleThreadArrayHolder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Adam (Kingma and Ba 2015, Algorithm 1) over all of a graph's weights in one native op, as DL4J's updater blocks do:
 * the weights, their gradients and both moments are views of four flat buffers, one slice per weight, so a step is
 * one {@code adam_updater} and one subtraction instead of both for every weight (SameDiff's own training loop).
 * Adam works element by element, so the numbers are those of the per-weight updates.
 *
 * <p>The graph keeps its own bookkeeping: its weights are the views into the flat weights, and SameDiff's per-weight
 * {@code AdamUpdater}s hold the views into the flat moments as their state, so checkpoints save and load the moments
 * per weight as before, and a checkpoint saved by SameDiff's loop continues here (the flat buffers are filled from
 * the graph's arrays when this is made).
 */
public final class FlatAdam {
    private final Adam config;
    /**
     * Steps between flushes of subnormal numbers ({@link #flushSubnormals}): a first moment decaying through the
     * subnormal range stays there for about 150 steps unflushed, at most this many flushed. A flush costs about
     * 4 ms for the MLP VAE's 2.5 million values (one thread), under 0.5 ms a step every 8 steps.
     */
    static final int FLUSH_INTERVAL = 8;
    private final INDArray weights;
    /** The gradients and both moments, one after the other, so that one op flushes all three. */
    private final INDArray optimiserState;
    private final double smallestNormal;
    private final INDArray gradients;
    private final INDArray firstMoment;
    private final INDArray secondMoment;
    private final Map<String, INDArray> gradientSlices = new LinkedHashMap<>();
    private final Map<String, INDArray> gradientsByWeight = new HashMap<>();

    private FlatAdam(SameDiff sd, Adam config, List<SDVariable> trained, DataType type, long length) {
        this.config = config;
        this.weights = Nd4j.create(type, length);
        this.optimiserState = Nd4j.create(type, 3 * length);
        this.gradients = optimiserState.get(NDArrayIndex.interval(0, length));
        this.firstMoment = optimiserState.get(NDArrayIndex.interval(length, 2 * length));
        this.secondMoment = optimiserState.get(NDArrayIndex.interval(2 * length, 3 * length));
        this.smallestNormal = type == DataType.DOUBLE ? Double.MIN_NORMAL : Float.MIN_NORMAL;
        SameDiff gradientGraph = sd.getFunction("grad");
        holdViews(sd);
        if (gradientGraph != sd) {
            holdViews(gradientGraph);
        }
        long offset = 0;
        for (SDVariable v : trained) {
            INDArray current = v.getArr();
            long[] shape = current.shape();
            long end = offset + current.length();
            INDArray weight = slice(weights, offset, end, shape).assign(current);
            GradientUpdater<?> updater = sd.getUpdaterMap().get(v.name());
            Map<String, INDArray> state = updater.getState();
            Map<String, INDArray> moments = new HashMap<>();
            moments.put(AdamUpdater.M_STATE,
                    slice(firstMoment, offset, end, shape).assign(state.get(AdamUpdater.M_STATE)));
            moments.put(AdamUpdater.V_STATE,
                    slice(secondMoment, offset, end, shape).assign(state.get(AdamUpdater.V_STATE)));
            updater.setState(moments, false);
            sd.associateArrayWithVariable(weight, v);
            if (gradientGraph != sd && gradientGraph.hasVariable(v.name())) {
                gradientGraph.associateArrayWithVariable(weight, gradientGraph.getVariable(v.name()));
            }
            INDArray gradient = slice(gradients, offset, end, shape);
            gradientSlices.put(gradientGraph.getVariable(v.name()).getGradient().name(), gradient);
            gradientsByWeight.put(v.name(), gradient);
            offset = end;
        }
    }

    /**
     * Moves the weights of {@code sd} (its gradient graph built, its Adam state set up) into flat buffers, or returns
     * null where one update cannot serve them all: another optimiser or regularisation, weights of mixed precision, or
     * a weight without a gradient. Then SameDiff's own loop trains it.
     */
    static FlatAdam of(SameDiff sd) {
        return of(sd, name -> true);
    }

    /**
     * As {@link #of(SameDiff)} for the weights whose names {@code owns} accepts: one network's optimiser, where a
     * kind trains each of its networks with its own (CVAE-GAN). The other weights are not its business; null when
     * it owns none.
     */
    static FlatAdam of(SameDiff sd, java.util.function.Predicate<String> owns) {
        if (!(sd.getTrainingConfig().getUpdater() instanceof Adam config) || sd.getFunction("grad") == null
                || sd.getTrainingConfig().getRegularization() != null
                && !sd.getTrainingConfig().getRegularization().isEmpty()) {
            return null;
        }
        SameDiff gradientGraph = sd.getFunction("grad");
        List<SDVariable> trained = new ArrayList<>();
        DataType type = null;
        long length = 0;
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() != VariableType.VARIABLE || !owns.test(v.name())) {
                continue;
            }
            GradientUpdater<?> updater = sd.getUpdaterMap() == null ? null : sd.getUpdaterMap().get(v.name());
            if (!(updater instanceof AdamUpdater) || !gradientGraph.hasVariable(v.name())
                    || gradientGraph.getVariable(v.name()).getGradient() == null
                    || type != null && v.dataType() != type) {
                return null;
            }
            type = v.dataType();
            length += v.getArr().length();
            trained.add(v);
        }
        return trained.isEmpty() ? null : new FlatAdam(sd, config, trained, type, length);
    }

    /** The gradient variables' names, each with the slice of the flat gradient its values go to. */
    Map<String, INDArray> gradientSlices() {
        return gradientSlices;
    }

    /** The slice of the flat gradient that holds the gradient of weight {@code name}, or null. */
    INDArray gradientOf(String name) {
        return gradientsByWeight.get(name);
    }

    /**
     * One Adam step on all weights from {@code computed} (gradient variable name to array; arrays that are the
     * slices already are not copied). {@code iteration} counts from 0, as SameDiff's training configuration does.
     */
    void step(Map<String, INDArray> computed, int iteration, int epoch) {
        for (Map.Entry<String, INDArray> slice : gradientSlices.entrySet()) {
            INDArray g = computed.get(slice.getKey());
            if (g != slice.getValue()) {
                slice.getValue().assign(g);
            }
        }
        if (iteration % FLUSH_INTERVAL == 0) {
            flushSubnormals(optimiserState, smallestNormal);
        }
        Nd4j.exec(new org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater(gradients, secondMoment, firstMoment,
                config.getLearningRate(iteration, epoch), config.getBeta1(), config.getBeta2(), config.getEpsilon(),
                iteration));
        weights.subi(gradients);
    }

    /**
     * Sets the subnormal numbers of {@code values} to zero. The MLP VAE's gradients for pixels that are almost always
     * black shrink towards zero, and so does their first moment (by beta1 a step once the gradient is that small):
     * from about the 650th step on, 90,000 of its 820,000 values were subnormal, and an x86 CPU multiplies a
     * subnormal number through a microcode assist about 100 times slower than the usual path. Adam's op then took
     * half of its worker thread's time and the epochs after the first ran 30% slower (docs/performance.md,
     * 2026-12-07). Flushing them moves no weight: an Adam step from a first moment under 1.2e-38 is at most the
     * learning rate times 1.2e-38 / epsilon, far below half an ulp of any weight not itself that small; the test
     * NELBO of the benchmarked runs is the same to the last digit.
     */
    static void flushSubnormals(INDArray values, double smallestNormal) {
        org.nd4j.linalg.indexing.BooleanIndexing.replaceWhere(values, 0.0,
                org.nd4j.linalg.indexing.conditions.Conditions.absLessThan(smallestNormal));
    }


    /**
     * SameDiff's default holder of weight arrays copies a view it is given (its per-device copies cannot share
     * memory); the plain one keeps it, so the graph computes with the flat buffer's slices. A graph is used by one
     * thread at a time ({@link VaeModel}).
     */
    private static void holdViews(SameDiff graph) {
        graph.setArrayHolders(new SingleThreadArrayHolder(), new SingleThreadArrayHolder(), true);
    }

    private static INDArray slice(INDArray flat, long from, long to, long[] shape) {
        return flat.get(NDArrayIndex.interval(from, to)).reshape('c', shape);
    }
}
