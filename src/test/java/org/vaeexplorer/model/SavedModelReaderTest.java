package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.ShippedModels;
import org.vaeexplorer.model.io.StoredArray;
import org.vaeexplorer.model.io.StoredGraph;

/**
 * The graph rebuilt from a specification with the saved weights read in Java is the model SameDiff's own (native)
 * parser made of the same bytes: every shipped model decodes to the same pixels, bit for bit, and a model saved
 * mid-training (with Adam's state) of every kind holds the same weights, moments and step count, and its next
 * training step gives the same numbers.
 */
class SavedModelReaderTest {
    static Stream<Path> shipped() {
        return ShippedModels.list(Path.of("models")).stream();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedModelDecodesBitIdenticallyThroughBothReaders(Path file) throws IOException {
        ModelSpec spec = new CheckpointStore().peekManifest(file).model();
        byte[] saved = modelEntry(file);
        VaeModel rebuilt = VaeModel.load(spec, saved);
        VaeModel parsed = natively(spec, saved);
        assertSameWeights(parsed, rebuilt);
        int n = 24;
        Codes c = codes(spec, n, 11);
        float[] expected = FlatCodes.decode(parsed, c.z, c.categories, c.labels, n);
        assertArrayEquals(expected, FlatCodes.decode(rebuilt, c.z, c.categories, c.labels, n), file.toString());
        assertFalse(rebuilt.hasOptimizerState(), "shipped files are exported without Adam's state");
    }

    static Stream<ModelSpec> kinds() {
        return Stream.of(
                TinyModels.mlp(Likelihood.BERNOULLI, 2, 4, 4),
                TinyModels.mlp(Likelihood.GAUSSIAN_LEARNED, 3, 4, 4),
                TinyModels.mlp(Likelihood.GAUSSIAN_FIXED, 2, 4, 4),
                ModelSpecBuilder.of(ModelKind.CONV_VAE).images(8, 8, 3).latent(2).build(),
                ModelSpecBuilder.of(ModelKind.CVAE).images(4, 4, 3).hidden(List.of(6)).build(),
                ModelSpecBuilder.of(ModelKind.CVAE).images(8, 8, 3).backbone(Backbone.CONV).build(),
                ModelSpecBuilder.of(ModelKind.BETA_VAE).images(4, 4, 3).hidden(List.of(6)).latent(2)
                        .objective(Objective.capacity(new CapacitySchedule(0, 25, 100, 30))).build(),
                TinyModels.joint(0.67),
                ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(8, 8, 3).backbone(Backbone.DUPONT).latent(2)
                        .categories(List.of(3)).build(),
                ModelSpecBuilder.of(ModelKind.SCVAE).images(4, 4, 3).hidden(List.of(6)).latent(2).build());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aModelSavedMidTrainingResumesExactlyThroughBothReaders(ModelSpec spec) throws IOException {
        VaeModel model = VaeModel.create(spec, 5, 1e-2);
        for (int step = 0; step < 3; step++) {
            model.fit(TinyModels.batch(spec, 6, step), NoiseSource.seeded(step), Schedules.at(spec, step));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out, true);
        byte[] saved = out.toByteArray();

        VaeModel rebuilt = VaeModel.load(spec, saved);
        VaeModel parsed = natively(spec, saved);
        assertSameWeights(parsed, rebuilt);
        assertTrue(rebuilt.hasOptimizerState());
        SameDiff a = parsed.graph();
        SameDiff b = rebuilt.graph();
        assertEquals(a.getTrainingConfig().getIterationCount(), b.getTrainingConfig().getIterationCount());
        assertEquals(3, b.getTrainingConfig().getIterationCount());
        assertEquals(a.getUpdaterMap().keySet(), b.getUpdaterMap().keySet());
        for (String p : a.getUpdaterMap().keySet()) {
            Map<String, INDArray> sa = a.getUpdaterMap().get(p).getState();
            Map<String, INDArray> sb = b.getUpdaterMap().get(p).getState();
            assertEquals(sa.keySet(), sb.keySet());
            for (String k : sa.keySet()) {
                assertArrayEquals(sa.get(k).dup().data().asFloat(), sb.get(k).dup().data().asFloat(), p + " " + k);
            }
        }
        Batch next = TinyModels.batch(spec, 6, 99);
        Schedules s = Schedules.at(spec, 3);
        LossTerms ta = parsed.fit(next, NoiseSource.seeded(99), s);
        LossTerms tb = rebuilt.fit(next, NoiseSource.seeded(99), s);
        assertEquals(ta.objective(), tb.objective(), 0.0);
        assertEquals(ta.nelbo(), tb.nelbo(), 0.0);
        assertSameWeights(parsed, rebuilt);
        Codes c = codes(spec, 5, 3);
        assertArrayEquals(FlatCodes.decode(parsed, c.z, c.categories, c.labels, 5),
                FlatCodes.decode(rebuilt, c.z, c.categories, c.labels, 5));
    }

    @Test
    void aModelSavedWithoutAdamsStateLoadsWithoutIt() throws IOException {
        ModelSpec spec = TinyModels.mlp(Likelihood.BERNOULLI, 2, 4, 4);
        VaeModel model = VaeModel.create(spec, 5, 1e-2);
        model.fit(TinyModels.batch(spec, 6, 1), NoiseSource.seeded(1), Schedules.at(spec, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out, false);
        VaeModel loaded = VaeModel.load(spec, out.toByteArray());
        assertFalse(loaded.hasOptimizerState());
        assertSameWeights(model, loaded);
        assertEquals(1e-2, loaded.learningRate(), 0.0);
    }

    /**
     * What checking every value for NaN and infinity costs on the largest shipped file, next to the whole load:
     * printed for the record (the check is one comparison per value, fused with the copy the load makes anyway).
     */
    @Test
    void theFiniteCheckOfTheLargestShippedModelCostsLittle() throws IOException {
        Path largest = shipped().max((x, y) -> Long.compare(x.toFile().length(), y.toFile().length())).orElseThrow();
        ModelSpec spec = new CheckpointStore().peekManifest(largest).model();
        byte[] saved = modelEntry(largest);
        StoredGraph stored = StoredGraph.read(saved);
        long values = stored.weights().values().stream().mapToLong(StoredArray::length).sum();
        List<float[]> copies = new ArrayList<>();
        for (StoredArray a : stored.weights().values()) {
            float[] v = new float[Math.toIntExact(a.length())];
            a.data().duplicate().order(a.data().order()).asFloatBuffer().get(v);
            copies.add(v);
        }
        long[] scan = new long[15];
        long[] load = new long[9];
        for (int r = 0; r < scan.length; r++) {
            long t0 = System.nanoTime();
            int bad = 0;
            for (float[] v : copies) {
                for (float x : v) {
                    if (!Float.isFinite(x)) {
                        bad++;
                    }
                }
            }
            scan[r] = System.nanoTime() - t0;
            assertEquals(0, bad);
        }
        long[] nativeParse = new long[load.length];
        for (int r = 0; r < load.length; r++) {
            // Alternated, so that a busy machine slows both alike.
            long t0 = System.nanoTime();
            assertNotNull(VaeModel.load(spec, saved));
            load[r] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            assertNotNull(natively(spec, saved));
            nativeParse[r] = System.nanoTime() - t0;
        }
        Arrays.sort(scan);
        Arrays.sort(load);
        Arrays.sort(nativeParse);
        System.out.printf("finite_check file=%s values=%d scan_ms=%.2f load_ms=%.1f (SameDiff's own parse: %.1f)%n",
                largest.getFileName(), values, scan[scan.length / 2] / 1e6, load[load.length / 2] / 1e6,
                nativeParse[nativeParse.length / 2] / 1e6);
    }

    /** The model SameDiff's own parser makes of {@code saved} (what loading did before; trusted bytes only). */
    private static VaeModel natively(ModelSpec spec, byte[] saved) {
        VaeModel m = VaeModel.create(spec, 0, 1e-3);
        m.restore(saved);
        return m;
    }

    private static void assertSameWeights(VaeModel expected, VaeModel actual) {
        List<String> names = new ArrayList<>();
        for (SDVariable v : expected.graph().variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                names.add(v.name());
                INDArray e = expected.graph().getArrForVarName(v.name());
                INDArray a = actual.graph().getArrForVarName(v.name());
                assertArrayEquals(e.shape(), a.shape(), v.name());
                assertArrayEquals(e.dup().data().asFloat(), a.dup().data().asFloat(), v.name());
            }
        }
        long actualCount = actual.graph().variables().stream()
                .filter(v -> v.getVariableType() == VariableType.VARIABLE).count();
        assertEquals(names.size(), actualCount);
    }

    private record Codes(float[] z, float[] categories, float[] labels) {
    }

    private static Codes codes(ModelSpec spec, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] z = new float[n * spec.latentDim()];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (r.nextGaussian() * 1.5);
        }
        float[] cats = new float[n * spec.categoricalWidth()];
        for (int i = 0; i < n; i++) {
            int offset = 0;
            for (int k : spec.categories()) {
                cats[i * spec.categoricalWidth() + offset + (i % k)] = 1f;
                offset += k;
            }
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % spec.numClasses();
        }
        return new Codes(z, cats, spec.conditional() ? VaeModel.oneHot(labels, spec.numClasses()) : new float[0]);
    }

    private static byte[] modelEntry(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getInputStream(zip.getEntry("model.sd")).readAllBytes();
        }
    }
}
