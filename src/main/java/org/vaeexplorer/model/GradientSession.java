package org.vaeexplorer.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.functions.DifferentialFunction;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.config.SDValue;
import org.nd4j.autodiff.samediff.internal.FrameIter;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.impl.shape.CreateView;
import org.nd4j.linalg.api.ops.impl.transforms.custom.Assign;
import org.nd4j.linalg.api.ops.impl.transforms.same.Identity;

/**
 * A session of the gradient graph whose ops write each weight's gradient straight into its slice of the flat
 * gradient buffer ({@link FlatAdam}), instead of into an array of their own that is then copied there: SameDiff
 * hands an op its output arrays through the op's context, set here before the op runs. Ops whose outputs are their
 * inputs (identity, views, assignment) are left alone; their gradients are copied.
 */
public final class GradientSession extends InferenceSession {
    private final Map<String, INDArray> slices;

    GradientSession(SameDiff gradientGraph, Map<String, INDArray> slices) {
        super(gradientGraph);
        this.slices = slices;
    }

    @Override
    public Pair<SameDiffOp, OpContext> getAndParameterizeOp(String opName, FrameIter frameIter, Set<VarId> opInputs,
                                                           Set<VarId> allIterInputs, Set<String> constAndPhInputs,
                                                           Map<String, INDArray> placeholderValues,
                                                           Set<String> allReqVariables,
                                                           Map<String, SDValue> otherPlaceholders) {
        Pair<SameDiffOp, OpContext> op = super.getAndParameterizeOp(opName, frameIter, opInputs, allIterInputs,
                constAndPhInputs, placeholderValues, allReqVariables, otherPlaceholders);
        OpContext context = op.getSecond();
        DifferentialFunction f = op.getFirst().getOp();
        if (context == null || f instanceof Identity || f instanceof CreateView || f instanceof Assign) {
            return op;
        }
        List<String> outputs = op.getFirst().getOutputsOfOp();
        for (int i = 0; i < outputs.size(); i++) {
            INDArray slice = slices.get(outputs.get(i));
            INDArray allocated = slice == null ? null : context.getOutputArray(i);
            if (allocated != null && allocated.dataType() == slice.dataType()
                    && Arrays.equals(allocated.shape(), slice.shape())) {
                context.setOutputArray(i, slice);
            }
        }
        return op;
    }

    /** Whether the last pass computed {@code variable} (it ran the op that makes it). */
    boolean computed(String variable) {
        return subgraph.contains(variable);
    }
}
