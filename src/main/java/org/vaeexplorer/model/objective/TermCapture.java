package org.vaeexplorer.model.objective;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.ListenerVariables;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * Keeps copies of chosen activations of the training forward pass, so the loss terms of a batch are reported
 * without a second forward pass. Copies, because SameDiff reuses the arrays it hands to listeners.
 */
public final class TermCapture extends BaseListener {
    private final Set<String> names;
    private final Map<String, INDArray> captured = new HashMap<>();

    public TermCapture(Set<String> names) {
        this.names = names;
    }

    @Override
    public boolean isActive(Operation operation) {
        return operation == Operation.TRAINING;
    }

    @Override
    public ListenerVariables requiredVariables(SameDiff sd) {
        return ListenerVariables.builder().trainingVariables(names.toArray(new String[0])).build();
    }

    @Override
    public void activationAvailable(SameDiff sd, At at, MultiDataSet batch, SameDiffOp op, String varName,
                                    INDArray activation) {
        if (names.contains(varName)) {
            captured.put(varName, activation.dup());
        }
    }

    /** The activations it keeps. */
    public Set<String> names() {
        return names;
    }

    /** The captured arrays of the last iteration; cleared for the next. */
    public Map<String, INDArray> take() {
        Map<String, INDArray> out = new HashMap<>(captured);
        captured.clear();
        return out;
    }
}
