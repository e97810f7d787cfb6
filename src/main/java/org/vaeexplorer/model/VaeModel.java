package org.vaeexplorer.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.vaeexplorer.model.decoding.DecoderInput;
import org.vaeexplorer.model.decoding.DecoderPath;
import org.vaeexplorer.model.graph.BatchFeed;
import org.vaeexplorer.model.graph.GraphFamily;
import org.vaeexplorer.model.graph.GraphNames;
import org.vaeexplorer.model.io.GraphIo;
import org.vaeexplorer.model.io.SavedModelReader;

/**
 * A VAE of any kind: its graph, how to feed it, and its reported terms. Not thread-safe: one thread trains or
 * evaluates at a time; explorers decode from their own copy of the decoder weights.
 */
public final class VaeModel {
    /** A temperature low enough that the relaxed sample equals the one-hot argmax in float precision. */
    public static final double ARGMAX_TEMPERATURE = 1e-4;
    private final ModelSpec spec;
    private final DataType dataType;
    private SameDiff sd;
    private TrainingGraph training;
    private final DecoderPath directDecoder;

    private VaeModel(ModelSpec spec, SameDiff sd, DataType dataType) {
        this.spec = spec;
        this.dataType = dataType;
        this.directDecoder = DecoderPath.of(spec, dataType);
        attach(sd);
    }

    /** A fresh model with seeded weights, trained with Adam (beta1 0.9, beta2 0.999, eps 1e-8). */
    public static VaeModel create(ModelSpec spec, long seed, double learningRate) {
        return create(spec, seed, learningRate, DataType.FLOAT);
    }

    public static VaeModel create(ModelSpec spec, long seed, double learningRate, DataType dataType) {
        GraphFamily graphs = GraphFamily.of(spec);
        SameDiff sd = graphs.build(spec, seed, dataType);
        sd.setTrainingConfig(TrainingConfig.builder().updater(new Adam(learningRate))
                .dataSetFeatureMapping(graphs.trainingInputs(spec)).markLabelsUnused().build());
        return new VaeModel(spec, sd, dataType);
    }

    /** Restores a model saved with {@link #save}, including the optimiser state when it was saved. */
    public static VaeModel load(ModelSpec spec, InputStream in) throws IOException {
        return load(spec, in.readAllBytes());
    }

    /**
     * Restores a model from the bytes {@link #save} wrote, which may come from anywhere: the graph is built from
     * {@code spec} and only the weights (and Adam's state) are taken from the bytes, read in Java and checked
     * first (see {@link SavedModelReader}).
     *
     * @throws InvalidGraphException when the bytes are damaged, hold NaN or infinite values, or are not the
     *                               graph {@code spec} builds
     */
    public static VaeModel load(ModelSpec spec, byte[] saved) throws InvalidGraphException {
        return load(spec, saved, 0);
    }

    /**
     * As {@link #load(ModelSpec, byte[])}; bytes saved with a fingerprint of their specification (see
     * {@link #save(OutputStream, boolean, long)}) must carry {@code fingerprint}, unless it is 0.
     */
    public static VaeModel load(ModelSpec spec, byte[] saved, long fingerprint) throws InvalidGraphException {
        SavedModelReader.Restored r = SavedModelReader.read(spec, saved, fingerprint);
        return new VaeModel(spec, r.graph(), r.dataType());
    }

    /** The precision of the weights (float32 in the app, float64 in the gradient checks). */
    public DataType dataType() {
        return dataType;
    }

    public ModelSpec spec() {
        return spec;
    }

    /** The underlying graph: for the model packages' own tests, which read and set its arrays by name. */
    SameDiff graph() {
        return sd;
    }

    /** The training side of the graph: for the model packages' own tests. */
    TrainingGraph trainingSteps() {
        return training;
    }

    /** One optimiser step on {@code batch}; returns the batch's terms from the same forward pass. */
    public LossTerms fit(Batch batch, NoiseSource noise, Schedules schedules) {
        LossTerms[] out = new LossTerms[1];
        fit(List.of(new Step(batch, schedules)).iterator(), noise, (step, terms) -> out[0] = terms);
        return out[0];
    }

    /** A batch to train on, with the schedules (temperature, capacities) of its step. */
    public record Step(Batch batch, Schedules schedules) { }

    /** Hears each step's terms right after its optimiser update, before the next step's batch is asked for. */
    public interface StepDone {
        void stepped(Step step, LossTerms terms);
    }

    /**
     * One optimiser step on each of {@code steps} in turn, in one training session (see {@link SessionFit}): the
     * same numbers as calling {@link #fit(Batch, NoiseSource, Schedules)} for each, faster. {@code steps.hasNext()}
     * must answer the same until {@code next()} is called.
     */
    public void fit(Iterator<Step> steps, NoiseSource noise, StepDone done) {
        training.fit(steps, noise, done);
    }

    /**
     * The terms of {@code batch} without training. With {@code useMeans} the continuous code is the posterior
     * mean and each categorical code its one-hot argmax (how Dupont evaluates JointVAE); otherwise one sample.
     */
    public LossTerms evaluate(Batch batch, NoiseSource noise, Schedules schedules, boolean useMeans) {
        return toTerms(sd.output(feed(batch, noise, schedules, useMeans), training.termNames()), batch.size());
    }

    /**
     * The posterior of each image of {@code batch} (its labels matter only to a conditional model): means,
     * log-variances and the probabilities of every discrete latent. Each row depends on its own image only.
     */
    public Posterior encode(Batch batch) {
        return Encoding.posterior(this, batch);
    }

    /** The images decoded from their posterior means (and most probable categories), n x pixels in [0, 1]. */
    public float[] reconstruct(Batch batch) {
        return Encoding.reconstruction(this, batch);
    }

    /** Named outputs for {@code batch} (e.g. {@link GraphNames#MU}), copied to float arrays. */
    public Map<String, float[]> outputs(Batch batch, NoiseSource noise, Schedules schedules, boolean useMeans,
                                 String... names) {
        Map<String, INDArray> out = sd.output(feed(batch, noise, schedules, useMeans), names);
        Map<String, float[]> copies = new LinkedHashMap<>();
        for (String n : names) {
            copies.put(n, toFloats(out.get(n)));
        }
        return copies;
    }

    /**
     * Decodes {@code codes} through the decoder entry (the encoder does not run): count x pixels means in [0, 1].
     *
     * @throws IllegalArgumentException when the codes' parts do not have the widths this model's decoder takes
     */
    public float[] decode(LatentCodes codes) {
        DecoderInput.check(spec, codes);
        if (codes.count() == 0) {
            return new float[0];
        }
        if (directDecoder != null) {
            return directDecoder.decode(sd, spec, codes);
        }
        return toFloats(sd.output(DecoderInput.feed(this, codes), GraphNames.DECODED).get(GraphNames.DECODED));
    }

    /** Named outputs of the graph for placeholders the caller fills itself (structured-output evaluation). */
    public Map<String, INDArray> output(Map<String, INDArray> feed, String... names) {
        return sd.output(feed, names);
    }

    /**
     * The graph's weight array {@code name} (named as {@link org.vaeexplorer.model.graph.Layer#weights} names it), for
     * the estimators' hand-written paths, which read it and never write it.
     */
    public INDArray weights(String name) {
        INDArray a = sd.getArrForVarName(name);
        if (a == null) {
            throw new IllegalArgumentException("this model has no array '" + name + "'");
        }
        return a;
    }

    /** The placeholder values of one batch ({@link BatchFeed}). */
    Map<String, INDArray> feed(Batch batch, NoiseSource noise, Schedules schedules, boolean useMeans) {
        return BatchFeed.of(this, batch, noise, schedules, useMeans);
    }

    /**
     * A second model of the same spec whose weights are a copy of this one's, for exploring: decoding and
     * encoding on it never touches (or waits for) the graph being trained. No optimiser state is copied.
     */
    public VaeModel mirror() {
        VaeModel copy = create(spec, 0, 1e-3, dataType);
        copy.copyWeightsFrom(this);
        return copy;
    }

    /**
     * Overwrites this model's weights in place with {@code source}'s (same spec). In-place {@code assign} keeps the
     * arrays the graph holds, and costs about 0.1 ms per 400k floats; the caller makes sure neither side is in use.
     */
    public void copyWeightsFrom(VaeModel source) {
        if (!source.spec.equals(spec)) {
            throw new IllegalArgumentException("cannot copy weights between different models");
        }
        for (var v : sd.variables()) {
            if (v.getVariableType() == org.nd4j.autodiff.samediff.VariableType.VARIABLE) {
                sd.getArrForVarName(v.name()).assign(source.sd.getArrForVarName(v.name()));
            }
        }
    }

    /** The whole graph with optimiser state, as SameDiff's flat-buffer format. */
    public void save(OutputStream out) throws IOException {
        save(out, true);
    }

    /** The graph, with Adam's moments or (for a file that is only to be explored) without them. */
    public void save(OutputStream out, boolean withOptimizerState) throws IOException {
        save(out, withOptimizerState, 0);
    }

    /**
     * The same, with {@code fingerprint} (of the specification as the checkpoint's manifest states it) in the
     * graph's id field: {@link #load(ModelSpec, byte[], long)} refuses the bytes under another fingerprint.
     */
    public void save(OutputStream out, boolean withOptimizerState, long fingerprint) throws IOException {
        out.write(GraphIo.toBytes(sd, withOptimizerState, fingerprint));
        out.flush();
    }

    /** Adam's learning rate, with which training continues. */
    public double learningRate() {
        return sd.getTrainingConfig().getUpdater().getLearningRate(0, 0);
    }

    /** Whether Adam's moments are here: a trained model saved without them cannot continue the same run. */
    public boolean hasOptimizerState() {
        var updaters = sd.getUpdaterMap();
        return updaters != null && !updaters.isEmpty();
    }

    /** A copy of the whole state, for rolling back after a non-finite loss. */
    public byte[] snapshot() {
        return GraphIo.toBytes(sd);
    }

    public void restore(byte[] snapshot) {
        try {
            attach(GraphIo.fromBytes(snapshot));
        } catch (IOException e) {
            throw new IllegalStateException("a snapshot taken by this model could not be read back", e);
        }
    }

    private void attach(SameDiff graph) {
        this.sd = graph;
        this.training = new TrainingGraph(this, graph);
    }

    public INDArray matrix(float[] values, int rows) {
        INDArray a = Nd4j.create(values, new long[] {rows, values.length / rows}, 'c');
        return a.dataType() == dataType ? a : a.castTo(dataType);
    }

    public static float[] oneHot(int[] labels, int classes) {
        float[] out = new float[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            out[i * classes + labels[i]] = 1f;
        }
        return out;
    }

    LossTerms toTerms(Map<String, INDArray> out, int n) {
        return LossTerms.of(out, n, spec);
    }

    /** A copy of any array's values in row-major order (safe to hand to another thread). */
    public static float[] toFloats(INDArray a) {
        return a.castTo(DataType.FLOAT).dup('c').reshape(a.length()).toFloatVector();
    }
}
