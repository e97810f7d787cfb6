package org.vaeexplorer.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.graph.DType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.vaeexplorer.model.InvalidGraphException;
import org.vaeexplorer.model.ModelSize;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.graph.GraphFamily;
import org.vaeexplorer.model.graph.GraphNames;
import org.vaeexplorer.model.graph.WeightInit;

/**
 * Rebuilds a saved model from its specification, taking from the saved bytes only what training produced: the
 * weights by name, Adam's two moments per weight and its step count. The graph itself is never parsed by native
 * code: the app knows every architecture, so a checkpoint's graph is compared with the one its manifest's
 * specification builds, and refused unless they compute the same thing.
 *
 * <p>In order, each before anything of the claimed size is allocated: the manifest's parameter count against
 * {@link ModelSize#MAX_PARAMETERS}; the saved bytes read in Java ({@link StoredGraph}: every array's header
 * against its bytes); the saved weights' names and shapes against those the specification builds, and the saved
 * operations against the specification's (built once with one-element stand-ins for the weights). Only then the
 * graph is built with the saved values, each array checked in one pass for NaN and infinity.
 */
public final class SavedModelReader {
    private static final String ADAM = Adam.class.getName();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rebuilt graph with its training configuration (and Adam's state when the file had it). */
    public record Restored(SameDiff graph, DataType dataType) {
    }

    private SavedModelReader() {
    }

    /**
     * @param fingerprint what the graph's id must be when it is not 0 (files saved before fingerprints), or 0 to
     *                    accept any
     */
    public static Restored read(ModelSpec spec, byte[] saved, long fingerprint) throws InvalidGraphException {
        long parameters = ModelSize.parameters(spec);
        if (parameters > ModelSize.MAX_PARAMETERS) {
            throw new InvalidGraphException(String.format(Locale.ROOT, "its manifest describes a model of %,d "
                    + "parameters, more than the %,d this version trains and opens", parameters,
                    ModelSize.MAX_PARAMETERS));
        }
        StoredGraph stored = StoredGraph.read(saved);
        DataType dataType = dataType(stored);
        requireSameGraph(spec, stored, dataType);
        if (fingerprint != 0 && stored.id() != 0 && stored.id() != fingerprint) {
            throw new InvalidGraphException("its manifest was edited after its weights were saved (the model it "
                    + "describes is not the one they were saved with)");
        }
        SameDiff sd;
        try {
            sd = GraphFamily.of(spec).build(spec, WeightInit.from(new SavedWeights(stored), dataType), dataType);
        } catch (Refused r) {
            throw r.reason;
        }
        sd.setTrainingConfig(trainingConfig(spec, stored.trainingConfig()));
        if (!stored.updaterState().isEmpty()) {
            restoreOptimizer(sd, stored, dataType);
        }
        return new Restored(sd, dataType);
    }

    /** The precision of the saved model: that of its image input. */
    private static DataType dataType(StoredGraph stored) throws InvalidGraphException {
        StoredGraph.Placeholder x = stored.placeholders().get(GraphNames.X);
        if (x == null) {
            throw new InvalidGraphException("its weights are not a VAE of this app (the graph has no image input)");
        }
        return switch (x.dataType()) {
            case DType.FLOAT -> DataType.FLOAT;
            case DType.DOUBLE -> DataType.DOUBLE;
            default -> throw new InvalidGraphException("its weights are of a data type this version does not read");
        };
    }

    /**
     * The saved graph must be the one {@code spec} builds: the same weights with the same shapes (checked against
     * the saved headers, so nothing of the claimed size is allocated for a file that holds less), then the same
     * operations with the same arguments, placeholders, constants and loss. A manifest relabelled to another
     * kind, likelihood, KL form, objective or beta describes a different graph and is refused here.
     */
    private static void requireSameGraph(ModelSpec spec, StoredGraph stored, DataType dataType)
            throws InvalidGraphException {
        Map<String, long[]> expected = new LinkedHashMap<>();
        SameDiff standIn = GraphFamily.of(spec).build(spec, WeightInit.from((name, shape, dt) -> {
            expected.put(name, shape.clone());
            long[] one = new long[shape.length];
            Arrays.fill(one, 1);
            return Nd4j.zeros(dt, one);
        }, dataType), dataType);
        for (var e : expected.entrySet()) {
            StoredArray found = stored.weights().get(e.getKey());
            if (found == null || !Arrays.equals(found.shape(), e.getValue())) {
                throw new InvalidGraphException("its weights do not match its manifest (" + e.getKey() + " is "
                        + (found == null ? "missing" : found.shapeText()) + ", the manifest implies "
                        + Arrays.toString(e.getValue()) + ")");
            }
        }
        for (String name : stored.weights().keySet()) {
            if (!expected.containsKey(name)) {
                throw new InvalidGraphException("its weights do not match its manifest (unexpected '"
                        + StoredArray.shorten(name) + "')");
            }
        }
        Map<String, String> want = StoredGraph.read(GraphIo.toBytes(standIn, false)).structure();
        Map<String, String> have = stored.structure();
        if (!want.equals(have)) {
            Set<String> keys = new TreeSet<>(want.keySet());
            keys.addAll(have.keySet());
            String first = keys.stream().filter(k -> !String.valueOf(want.get(k)).equals(have.get(k)))
                    .findFirst().orElse("?");
            String what = !have.containsKey(first) ? "lacks " + first : !want.containsKey(first)
                    ? "has an unexpected " + first : "differs at " + first;
            throw new InvalidGraphException("its weights were saved from a different model than its manifest "
                    + "describes (the saved graph " + StoredArray.shorten(what) + ")");
        }
    }

    /**
     * The TrainingConfig SameDiff saved, read as plain JSON (never into SameDiff's own classes: its JSON names
     * Java classes to instantiate) and rebuilt: Adam with its saved hyperparameters and step count, fed the
     * inputs the specification's graph has.
     */
    private static TrainingConfig trainingConfig(ModelSpec spec, String saved) throws InvalidGraphException {
        if (saved == null) {
            throw new InvalidGraphException("its weights have no training configuration (damaged, or not saved by "
                    + "this app)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(saved);
        } catch (Exception e) {
            throw new InvalidGraphException("its training configuration is damaged", e);
        }
        JsonNode updater = root.path("updater");
        if (!ADAM.equals(updater.path("@class").asText()) || !updater.path("learningRateSchedule").isMissingNode()
                && !updater.path("learningRateSchedule").isNull()) {
            throw new InvalidGraphException("its training configuration names an optimiser other than Adam with a "
                    + "fixed learning rate");
        }
        double lr = number(updater, "learningRate");
        double beta1 = number(updater, "beta1");
        double beta2 = number(updater, "beta2");
        double epsilon = number(updater, "epsilon");
        if (!(lr > 0 && lr <= 1 && beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1 && epsilon > 0 && epsilon <= 1)) {
            throw new InvalidGraphException("its training configuration has impossible Adam settings (learning rate "
                    + lr + ", beta1 " + beta1 + ", beta2 " + beta2 + ", epsilon " + epsilon + ")");
        }
        if (root.path("regularization").size() > 0 || !root.path("minimize").asBoolean(true)) {
            throw new InvalidGraphException("its training configuration adds regularization or maximises the loss,"
                    + " which this app never does");
        }
        TrainingConfig config = TrainingConfig.builder().updater(new Adam(lr, beta1, beta2, epsilon))
                .dataSetFeatureMapping(GraphFamily.of(spec).trainingInputs(spec)).markLabelsUnused().build();
        config.setIterationCount(count(root, "iterationCount"));
        config.setEpochCount(count(root, "epochCount"));
        return config;
    }

    private static double number(JsonNode node, String field) throws InvalidGraphException {
        JsonNode v = node.path(field);
        if (!v.isNumber()) {
            throw new InvalidGraphException("its training configuration has no Adam " + field);
        }
        return v.doubleValue();
    }

    private static int count(JsonNode root, String field) throws InvalidGraphException {
        JsonNode v = root.path(field);
        if (v.isMissingNode()) {
            return 0;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 0) {
            throw new InvalidGraphException("its training configuration has an impossible " + field + " ("
                    + StoredArray.shorten(v.toString()) + ")");
        }
        return v.intValue();
    }

    /**
     * Adam's moments for every weight: set up as the first training step would (SameDiff's
     * {@code initializeTraining}, which is not public) and filled with the saved values, so the run continues
     * exactly. The second moment is an average of squares: never negative.
     */
    private static void restoreOptimizer(SameDiff sd, StoredGraph stored, DataType dataType)
            throws InvalidGraphException {
        Map<String, Map<String, StoredArray>> state = stored.updaterState();
        if (!state.keySet().equals(stored.weights().keySet())) {
            Set<String> odd = new HashSet<>(state.keySet());
            odd.removeAll(stored.weights().keySet());
            Set<String> lacking = new HashSet<>(stored.weights().keySet());
            lacking.removeAll(state.keySet());
            throw new InvalidGraphException("its optimiser state does not match its weights ("
                    + (odd.isEmpty() ? "none for '" + StoredArray.shorten(lacking.iterator().next())
                    : "one for an unknown '" + StoredArray.shorten(odd.iterator().next())) + "')");
        }
        initializeTraining(sd);
        for (Map.Entry<String, GradientUpdater> e : sd.getUpdaterMap().entrySet()) {
            Map<String, INDArray> moments = e.getValue().getState();
            Map<String, StoredArray> saved = state.get(e.getKey());
            if (saved == null || !saved.keySet().equals(moments.keySet())) {
                throw new InvalidGraphException("its optimiser state of '" + StoredArray.shorten(e.getKey()) + "' is not Adam's "
                        + "(it keeps " + (saved == null ? "nothing" : StoredArray.shorten(saved.keySet().toString())) + ")");
            }
            long[] shape = stored.weights().get(e.getKey()).shape();
            for (Map.Entry<String, INDArray> m : moments.entrySet()) {
                StoredArray a = saved.get(m.getKey());
                String name = e.getKey() + " (Adam " + m.getKey() + ")";
                if (!Arrays.equals(a.shape(), shape)) {
                    throw new InvalidGraphException("its optimiser state does not match its weights (" + name
                            + " is " + a.shapeText() + ", the weight " + Arrays.toString(shape) + ")");
                }
                boolean nonNegative = m.getKey().equals("V");
                m.getValue().assign(a.values(name, shape, dataType, nonNegative));
            }
        }
    }

    public static void initializeTraining(SameDiff sd) {
        try {
            Method init = SameDiff.class.getDeclaredMethod("initializeTraining");
            init.setAccessible(true);
            init.invoke(sd);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("this ND4J cannot restore an optimiser's state", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("setting up the optimiser failed", e.getCause());
        }
    }

    /** The saved weights by name, each refused if its shape is not the one the graph asks for. */
    private static final class SavedWeights implements WeightInit.Source {
        private final StoredGraph stored;

        SavedWeights(StoredGraph stored) {
            this.stored = stored;
        }

        @Override
        public INDArray array(String name, long[] shape, DataType dataType) {
            StoredArray a = stored.weights().get(name);
            try {
                if (a == null || !Arrays.equals(a.shape(), shape)) {
                    throw new InvalidGraphException("its weights do not match its manifest (" + name + ")");
                }
                return a.values(name, shape, dataType, false);
            } catch (InvalidGraphException e) {
                throw new Refused(e);
            }
        }
    }

    /** Carries a refusal out of the graph builder, whose methods declare no checked exceptions. */
    private static final class Refused extends RuntimeException {
        private final InvalidGraphException reason;

        Refused(InvalidGraphException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }
}
