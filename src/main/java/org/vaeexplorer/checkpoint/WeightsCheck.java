package org.vaeexplorer.checkpoint;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.vaeexplorer.model.VaeGraphBuilder;
import org.vaeexplorer.model.VaeModel;

/**
 * The weights must be the graph the manifest describes: the same placeholders and the same weight arrays with the
 * same shapes as a graph freshly built from the manifest's spec. Otherwise an edited manifest (latent size 1 on a
 * 2-D model, 14 rows on a 28-row one) would decode garbage or half an image with no error.
 */
final class WeightsCheck {
    private WeightsCheck() {
    }

    static void require(Path file, VaeModel loaded) throws CheckpointException {
        Map<String, String> expected = shapes(VaeGraphBuilder.skeleton(loaded.spec(), loaded.dataType()));
        Map<String, String> actual = shapes(loaded.graph());
        if (expected.equals(actual)) {
            return;
        }
        for (var e : expected.entrySet()) {
            String found = actual.get(e.getKey());
            if (!e.getValue().equals(found)) {
                throw new CheckpointException(Names.of(file) + ": its weights do not match its manifest ("
                        + e.getKey() + " is " + (found == null ? "missing" : found) + ", the manifest implies "
                        + e.getValue() + ")");
            }
        }
        String extra = actual.keySet().stream().filter(k -> !expected.containsKey(k)).findFirst().orElse("?");
        throw new CheckpointException(Names.of(file) + ": its weights do not match its manifest (unexpected '"
                + extra + "')");
    }

    /** Name to shape of every weight and placeholder (placeholders keep -1 for the batch dimension). */
    private static Map<String, String> shapes(SameDiff sd) {
        Map<String, String> out = new TreeMap<>();
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                out.put(v.name(), Arrays.toString(sd.getArrForVarName(v.name()).shape()));
            } else if (v.getVariableType() == VariableType.PLACEHOLDER) {
                out.put(v.name(), Arrays.toString(v.placeholderShape()));
            }
        }
        return out;
    }
}
