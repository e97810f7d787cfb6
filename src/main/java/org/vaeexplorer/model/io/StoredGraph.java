package org.vaeexplorer.model.io;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.graph.FlatGraph;
import org.nd4j.graph.FlatNode;
import org.nd4j.graph.FlatProperties;
import org.nd4j.graph.FlatVariable;
import org.nd4j.graph.IntPair;
import org.nd4j.graph.UpdaterState;
import org.vaeexplorer.model.InvalidGraphException;

/**
 * A saved SameDiff graph ({@code model.sd}) read in Java only: FlatBuffers' generated accessors over a heap
 * buffer, which can throw but never touch native memory. Nothing here creates an ND4J array; the arrays stay
 * bytes, with their headers checked (data type, rank, c-order strides, and a buffer exactly as long as the shape
 * says), so that whoever turns them into arrays knows their sizes first.
 *
 * <p>SameDiff's own {@code fromFlatBuffers} hands each array's header to native code as it stands: strides that
 * point past the buffer crashed the JVM inside libnd4jcpu (an Assign over a 64-byte edit of a conv VAE's file).
 */
public final class StoredGraph {
    /** No graph of this app has more (the structured-output CVAE has about 700 variables and ops together). */
    private static final int MAX_ENTRIES = 100_000;

    /** A placeholder's data type and declared shape (-1 for the batch). */
    record Placeholder(byte dataType, long[] shape) {
    }

    private final long id;
    private final Map<String, StoredArray> weights = new LinkedHashMap<>();
    private final Map<String, Placeholder> placeholders = new LinkedHashMap<>();
    private final Map<String, String> structure = new LinkedHashMap<>();
    private final Map<String, Map<String, StoredArray>> updaterState = new LinkedHashMap<>();
    private final String trainingConfig;

    private StoredGraph(FlatGraph g) throws InvalidGraphException {
        id = g.id();
        int nVars = count(g.variablesLength(), "variables");
        Map<Long, String> byId = new HashMap<>();
        for (int i = 0; i < nVars; i++) {
            variable(g.variables(i), byId);
        }
        int nNodes = count(g.nodesLength(), "operations");
        for (int i = 0; i < nNodes; i++) {
            node(g.nodes(i), byId);
        }
        StringBuilder loss = new StringBuilder();
        for (int i = 0, n = count(g.lossVariablesLength(), "loss variables"); i < n; i++) {
            loss.append(g.lossVariables(i)).append(' ');
        }
        structure.put("(loss)", loss.toString());
        StringBuilder ph = new StringBuilder();
        for (int i = 0, n = count(g.placeholdersLength(), "placeholders"); i < n; i++) {
            ph.append(g.placeholders(i)).append(' ');
        }
        structure.put("(placeholders)", ph.toString());
        trainingConfig = g.trainingConfig();
        for (int i = 0, n = count(g.updaterStateLength(), "optimiser states"); i < n; i++) {
            UpdaterState u = g.updaterState(i);
            String param = name(u.paramName(), "optimiser state");
            int keys = count(u.updaterStateKeysLength(), "optimiser state keys");
            if (keys != u.updaterStateValuesLength()) {
                throw new InvalidGraphException("the optimiser state of '" + param + "' is damaged");
            }
            Map<String, StoredArray> state = new LinkedHashMap<>();
            for (int k = 0; k < keys; k++) {
                String key = name(u.updaterStateKeys(k), "optimiser state key");
                state.put(key, StoredArray.read(u.updaterStateValues(k), param + "/" + key, true));
            }
            if (updaterState.put(param, state) != null) {
                throw new InvalidGraphException("the optimiser state of '" + param + "' is there twice");
            }
        }
    }

    /**
     * Reads {@code bytes}; any damage (offsets out of range, wrong types, impossible headers) ends in one
     * {@link InvalidGraphException}, whatever the generated accessors threw.
     */
    public static StoredGraph read(byte[] bytes) throws InvalidGraphException {
        if (bytes.length < 8) {
            throw damaged("it is " + bytes.length + " bytes long, too short to be a graph", null);
        }
        try {
            return new StoredGraph(FlatGraph.getRootAsFlatGraph(ByteBuffer.wrap(bytes)));
        } catch (InvalidGraphException e) {
            throw damaged(e.getMessage(), e);
        } catch (IndexOutOfBoundsException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw damaged("its offsets point outside it", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw damaged("its structure cannot be read", e);
        }
    }

    private static InvalidGraphException damaged(String detail, Throwable cause) {
        return new InvalidGraphException("its weights are damaged or not a model this version can read (" + detail
                + ")", cause);
    }

    /** The id field of the graph (SameDiff writes 0). */
    long id() {
        return id;
    }

    /** Trainable arrays by name, in the stored order. */
    public Map<String, StoredArray> weights() {
        return weights;
    }

    Map<String, Placeholder> placeholders() {
        return placeholders;
    }

    /**
     * What the graph computes, by op and variable name: each op's type, inputs, outputs and arguments (scalars,
     * axes, flags, properties), each constant's values, each placeholder's shape, the loss variables; the
     * trainable arrays by name and shape only. Two graphs with equal structures compute the same function of
     * their weights and inputs. (The weights' shapes are not part of it: {@link #weights} has them.)
     */
    Map<String, String> structure() {
        return structure;
    }

    /** The optimiser's state arrays by parameter, then key (Adam's "M" and "V"); empty when not saved. */
    Map<String, Map<String, StoredArray>> updaterState() {
        return updaterState;
    }

    /** SameDiff's training configuration as JSON, or null. */
    String trainingConfig() {
        return trainingConfig;
    }

    private void variable(FlatVariable v, Map<Long, String> byId) throws InvalidGraphException {
        String name = name(v.name(), "variable");
        IntPair id = v.id();
        if (id != null) {
            byId.putIfAbsent(key(id.first(), id.second()), name);
        }
        int typeIndex = v.variabletype();
        if (typeIndex < 0 || typeIndex >= VariableType.values().length) {
            throw new InvalidGraphException("variable '" + name + "' has an unknown type " + typeIndex);
        }
        VariableType type = VariableType.values()[typeIndex];
        String prior;
        switch (type) {
            case VARIABLE -> {
                StoredArray a = StoredArray.read(v.ndarray(), name, true);
                if (a == null) {
                    throw new InvalidGraphException("weight '" + name + "' has no values");
                }
                if (weights.put(name, a) != null) {
                    throw new InvalidGraphException("weight '" + name + "' is there twice");
                }
                prior = structure.put("var " + name, "weight " + a.dataType());
            }
            case PLACEHOLDER -> {
                long[] shape = new long[count(v.shapeLength(), "placeholder dimensions")];
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = v.shape(i);
                }
                placeholders.put(name, new Placeholder(v.dtype(), shape));
                prior = structure.put("var " + name, "placeholder " + v.dtype() + " " + Arrays.toString(shape));
            }
            case CONSTANT -> {
                StoredArray a = StoredArray.read(v.ndarray(), name, false);
                prior = structure.put("var " + name, "constant " + v.dtype() + " " + StoredArray.describe(a));
            }
            default -> prior = structure.put("var " + name, type + " " + v.dtype());
        }
        if (prior != null) {
            throw new InvalidGraphException("variable '" + name + "' is there twice");
        }
    }

    private void node(FlatNode n, Map<Long, String> byId) throws InvalidGraphException {
        String name = name(n.name(), "operation");
        StringBuilder s = new StringBuilder();
        s.append(n.opName()).append(" type=").append(n.opType()).append(" num=").append(n.opNum()).append(" in=");
        for (int i = 0, k = count(n.inputPairedLength(), "inputs"); i < k; i++) {
            IntPair p = n.inputPaired(i);
            String in = byId.get(key(p.first(), p.second()));
            s.append(in == null ? "?" + p.first() + ":" + p.second() : in).append(',');
        }
        s.append(" out=");
        for (int i = 0, k = count(n.outputNamesLength(), "outputs"); i < k; i++) {
            s.append(n.outputNames(i)).append(',');
        }
        s.append(" t=");
        for (int i = 0, k = count(n.extraParamsLength(), "arguments"); i < k; i++) {
            s.append(Double.doubleToRawLongBits(n.extraParams(i))).append(',');
        }
        s.append(" i=");
        for (int i = 0, k = count(n.extraIntegerLength(), "arguments"); i < k; i++) {
            s.append(n.extraInteger(i)).append(',');
        }
        s.append(" b=");
        for (int i = 0, k = count(n.extraBoolsLength(), "arguments"); i < k; i++) {
            s.append(n.extraBools(i) ? 1 : 0);
        }
        s.append(" dims=");
        for (int i = 0, k = count(n.dimensionsLength(), "axes"); i < k; i++) {
            s.append(n.dimensions(i)).append(',');
        }
        s.append(" types=");
        for (int i = 0, k = count(n.outputTypesLength(), "output types"); i < k; i++) {
            s.append(n.outputTypes(i)).append(',');
        }
        s.append(" d=");
        for (int i = 0, k = count(n.extraTypesLength(), "type arguments"); i < k; i++) {
            s.append(n.extraTypes(i)).append(',');
        }
        s.append(" s=");
        for (int i = 0, k = count(n.extraStringsLength(), "string arguments"); i < k; i++) {
            s.append(n.extraStrings(i)).append(',');
        }
        s.append(" scalar=").append(StoredArray.describe(StoredArray.read(n.scalar(), name + " (scalar)", false)));
        s.append(" props=");
        for (int i = 0, k = count(n.propertiesLength(), "properties"); i < k; i++) {
            property(n.properties(i), name, s);
        }
        s.append(" deps=");
        for (int i = 0, k = count(n.controlDepsLength(), "dependencies"); i < k; i++) {
            s.append(n.controlDeps(i)).append(',');
        }
        if (structure.put("op " + name, s.toString()) != null) {
            throw new InvalidGraphException("operation '" + name + "' is there twice");
        }
    }

    private void property(FlatProperties p, String op, StringBuilder s) throws InvalidGraphException {
        s.append(p.name()).append("{i=");
        for (int i = 0, k = count(p.iLength(), "property values"); i < k; i++) {
            s.append(p.i(i)).append(',');
        }
        s.append(" l=");
        for (int i = 0, k = count(p.lLength(), "property values"); i < k; i++) {
            s.append(p.l(i)).append(',');
        }
        s.append(" d=");
        for (int i = 0, k = count(p.dLength(), "property values"); i < k; i++) {
            s.append(Double.doubleToRawLongBits(p.d(i))).append(',');
        }
        s.append(" b=");
        for (int i = 0, k = count(p.bLength(), "property values"); i < k; i++) {
            s.append(p.b(i) ? 1 : 0);
        }
        s.append(" s=");
        for (int i = 0, k = count(p.sLength(), "property values"); i < k; i++) {
            s.append(p.s(i)).append(',');
        }
        s.append(" shape=");
        for (int i = 0, k = count(p.shapeLength(), "property values"); i < k; i++) {
            s.append(p.shape(i)).append(',');
        }
        s.append(" a=");
        for (int i = 0, k = count(p.aLength(), "property values"); i < k; i++) {
            s.append(StoredArray.describe(StoredArray.read(p.a(i), op + " (property)", false))).append(',');
        }
        s.append('}');
    }

    private static String name(String s, String what) throws InvalidGraphException {
        if (s == null || s.isEmpty()) {
            throw new InvalidGraphException("a " + what + " has no name");
        }
        return s;
    }

    private static int count(int n, String what) throws InvalidGraphException {
        if (n < 0 || n > MAX_ENTRIES) {
            throw new InvalidGraphException("it claims " + n + " " + what);
        }
        return n;
    }

    private static long key(int node, int output) {
        return ((long) node << 32) | (output & 0xffffffffL);
    }
}
