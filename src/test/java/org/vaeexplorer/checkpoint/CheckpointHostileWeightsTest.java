package org.vaeexplorer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.graph.FlatArray;
import org.nd4j.graph.FlatGraph;
import org.nd4j.graph.FlatVariable;
import org.nd4j.graph.UpdaterState;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.TinyModels;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * What an attacker or a buggy exporter makes, with every checksum recomputed so that only the content checks can
 * object (issue 28): weights whose headers point past their buffers, weights that do not parse, manifests that
 * claim huge models, NaN and infinite weights, and manifests that describe another model than their weights. Each
 * is refused in one line naming the file, before anything of the claimed size is allocated.
 */
class CheckpointHostileWeightsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CheckpointStore store = new CheckpointStore();
    @TempDir
    Path dir;

    /**
     * A stride of a conv weight edited to point far past its buffer: SameDiff's parser handed it to native code
     * as it stood, and the JVM died in libnd4jcpu (SIGSEGV). Opened in a child JVM, which must answer "refused".
     */
    @Test
    void aWeightWhoseStridesPointPastItsBufferIsRefusedAndTheJvmLives() throws Exception {
        Map<String, byte[]> conv = checkpoint(ModelSpecBuilder.of(ModelKind.CONV_VAE).build(), true);
        byte[] sd = conv.get(CheckpointStore.MODEL).clone();
        FlatArray w = weight(sd, "enc_conv2_w");
        ByteBuffer.wrap(sd).order(ByteOrder.LITTLE_ENDIAN).putLong(w.shapeAsByteBuffer().position() + 8 * 5, 1L << 31);
        Path file = write("conv-stride.vaex", withModel(conv, sd));
        assertEquals("refused", inChildJvm(file));
        CheckpointException e = assertThrows(CheckpointException.class, () -> store.load(file));
        assertTrue(e.getMessage().startsWith("'conv-stride.vaex': its weights are damaged"), e.getMessage());
    }

    /** Weights that do not parse: one line for the user, no stack trace on the console. */
    @Test
    void weightsThatDoNotParseGiveOneLineAndNoTraceOnTheConsole() throws Exception {
        Map<String, byte[]> vae = checkpoint(ModelSpecBuilder.of(ModelKind.VAE).hidden(List.of(16)).build(), false);
        byte[] junk = new byte[vae.get(CheckpointStore.MODEL).length];
        new java.util.Random(3).nextBytes(junk);
        Path file = write("junk.vaex", withModel(vae, junk));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream err = System.err;
        PrintStream out = System.out;
        String message;
        try (PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            message = assertThrows(CheckpointException.class, () -> store.load(file)).getMessage();
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertClear(message, file);
        String printed = console.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains("\tat ") || printed.contains("Exception"), printed);
    }

    /** Over the 150 M parameters train allows: refused from the manifest, before the weights inflate. */
    @Test
    void aManifestClaimingMoreParametersThanTrainAllowsIsRefusedBeforeItsWeightsInflate() throws Exception {
        Map<String, byte[]> vae = checkpoint(ModelSpecBuilder.of(ModelKind.VAE).hidden(List.of(16)).build(), false);
        ObjectNode m = manifest(vae);
        model(m).putArray("hidden").add(8192).add(8192).add(8192);
        Path file = write("huge.vaex", CheckpointMutations.bomb(JSON.writeValueAsBytes(m), 64L << 20));
        long t0 = System.nanoTime();
        CheckpointException e = assertThrows(CheckpointException.class, () -> store.load(file));
        assertTrue(e.getMessage().contains("parameters, more than the 150,000,000"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 5e9, "refused before inflating 64 MB of weights");
    }

    /**
     * Within the limit (8192 x 2 is 147 M parameters, 590 MB of floats) with the small file's weights: the
     * declared shapes are compared with the saved headers first, so the claimed model is never allocated.
     */
    @Test
    void aClaimWithinTheLimitIsComparedWithTheSavedHeadersBeforeAnythingIsAllocated() throws Exception {
        Map<String, byte[]> vae = checkpoint(ModelSpecBuilder.of(ModelKind.VAE).hidden(List.of(16)).build(), false);
        ObjectNode m = manifest(vae);
        model(m).putArray("hidden").add(8192).add(8192);
        Path file = write("claims.vaex", withManifest(vae, m));
        long before = Pointer.physicalBytes();
        CheckpointException e = assertThrows(CheckpointException.class, () -> store.load(file));
        long grew = Pointer.physicalBytes() - before;
        assertTrue(e.getMessage().contains("its weights do not match its manifest (enc_0_w is [784, 16], the "
                + "manifest implies [784, 8192])"), e.getMessage());
        assertTrue(grew < 200L << 20, "resident memory grew by " + (grew >> 20) + " MB");
    }

    static Stream<Arguments> nonFinite() {
        return Stream.of(
                Arguments.of("enc_0_w", "", Float.NaN, "its weights hold NaN in 'enc_0_w'"),
                Arguments.of("dec_out_b", "", Float.POSITIVE_INFINITY, "its weights hold an infinite value in "
                        + "'dec_out_b'"),
                Arguments.of("mu_w", "", Float.NEGATIVE_INFINITY, "its weights hold an infinite value in 'mu_w'"),
                Arguments.of("logvar_b", "M", Float.NaN, "its weights hold NaN in 'logvar_b (Adam M)'"),
                Arguments.of("enc_0_b", "V", -1f, "its weights hold a negative value in 'enc_0_b (Adam V)'"));
    }

    @ParameterizedTest
    @MethodSource("nonFinite")
    void nanAndInfiniteWeightsAreRefusedWithTheArraysName(String array, String moment, float value, String expected)
            throws Exception {
        Map<String, byte[]> vae = checkpoint(ModelSpecBuilder.of(ModelKind.VAE).hidden(List.of(16)).build(), true);
        byte[] sd = vae.get(CheckpointStore.MODEL).clone();
        FlatArray a = moment.isEmpty() ? weight(sd, array) : moment(sd, array, moment);
        ByteBuffer.wrap(sd).order(ByteOrder.BIG_ENDIAN).putFloat(a.bufferAsByteBuffer().position() + 4, value);
        Path file = write("bad-values.vaex", withModel(vae, sd));
        CheckpointException e = assertThrows(CheckpointException.class, () -> store.load(file));
        assertTrue(e.getMessage().startsWith("'bad-values.vaex': " + expected + " (element 1)"), e.getMessage());
    }

    static Stream<Arguments> contradictions() {
        Consumer<ObjectNode> toCvae = m -> model(m).put("kind", "CVAE");
        Consumer<ObjectNode> toConditionalCvae = m -> model(m).put("kind", "CVAE").put("conditional", true);
        Consumer<ObjectNode> toBetaVae = m -> model(m).put("kind", "BETA_VAE");
        Consumer<ObjectNode> toBeta4 = m -> {
            model(m).put("kind", "BETA_VAE");
            objective(m).put("type", "BETA").put("beta", 4.0);
        };
        Consumer<ObjectNode> gaussian = m -> model(m).put("likelihood", "GAUSSIAN_FIXED");
        Consumer<ObjectNode> sse = m -> model(m).put("likelihood", "SUM_SQUARED_ERROR");
        Consumer<ObjectNode> mc = m -> model(m).put("klEstimator", "MONTE_CARLO");
        Consumer<ObjectNode> convAsMlpVae = m -> model(m).put("kind", "VAE").put("backbone", "MLP")
                .putArray("hidden").add(16);
        Consumer<ObjectNode> beta2 = m -> objective(m).put("beta", 2.0);
        Consumer<ObjectNode> lr = m -> ((ObjectNode) m.get("training")).put("learningRate", 0.01);
        return Stream.of(
                Arguments.of("vae", "VAE relabelled CVAE", toCvae, "a cvae without a label input"),
                Arguments.of("vae", "VAE relabelled CVAE with a label", toConditionalCvae, "its weights do not match its manifest"),
                Arguments.of("vae", "VAE relabelled beta-VAE", toBetaVae, "is not trained with the elbo objective"),
                Arguments.of("vae", "VAE relabelled beta-VAE with beta 4", toBeta4, "saved from a different model"),
                Arguments.of("vae", "likelihood Gaussian", gaussian, "saved from a different model"),
                Arguments.of("vae", "likelihood SSE", sse, "saved from a different model"),
                Arguments.of("vae", "Monte-Carlo KL", mc, "saved from a different model"),
                Arguments.of("conv", "conv VAE relabelled MLP VAE", convAsMlpVae, "enc_0_w is missing"),
                Arguments.of("beta", "beta 4 edited to 2", beta2, "saved from a different model"),
                Arguments.of("conv", "conv VAE relabelled VAE, the same graph",
                        (Consumer<ObjectNode>) m -> model(m).put("kind", "VAE"), "edited after its weights were saved"),
                Arguments.of("joint", "Gumbel temperature edited", (Consumer<ObjectNode>) m -> ((ObjectNode) model(m)
                        .get("temperature")).put("start", 2.0).put("min", 2.0), "edited after its weights were saved"),
                Arguments.of("vae", "learning rate edited", lr, "trained with 0.001"),
                Arguments.of("beta", "beta NaN", (Consumer<ObjectNode>) m -> objective(m).put("beta", Double.NaN),
                        "beta must be a positive number, got NaN"),
                Arguments.of("beta", "beta infinite", (Consumer<ObjectNode>) m -> objective(m).put("beta",
                        Double.POSITIVE_INFINITY), "beta must be a positive number, got Infinity"),
                Arguments.of("beta", "beta -5", (Consumer<ObjectNode>) m -> objective(m).put("beta", -5.0),
                        "beta must be a positive number, got -5.0"),
                Arguments.of("vae", "sigma NaN", (Consumer<ObjectNode>) m -> model(m).put("gaussianSigma",
                        Double.NaN), "sigma must be a positive number, got NaN"),
                Arguments.of("vae", "sigma infinite", (Consumer<ObjectNode>) m -> model(m).put("gaussianSigma",
                        Double.POSITIVE_INFINITY), "sigma must be a positive number, got Infinity"),
                Arguments.of("vae", "sigma -5", (Consumer<ObjectNode>) m -> model(m).put("gaussianSigma", -5.0),
                        "sigma must be a positive number, got -5.0"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("contradictions")
    void aManifestThatContradictsItsWeightsIsRefused(String kind, String what, Consumer<ObjectNode> edit,
                                                     String expected) throws Exception {
        ModelSpec spec = switch (kind) {
            case "conv" -> ModelSpecBuilder.of(ModelKind.CONV_VAE).build();
            case "beta" -> ModelSpecBuilder.of(ModelKind.BETA_VAE).hidden(List.of(16)).latent(2).build();
            case "joint" -> ModelSpecBuilder.of(ModelKind.JOINT_VAE).hidden(List.of(16)).latent(2).build();
            default -> ModelSpecBuilder.of(ModelKind.VAE).hidden(List.of(16)).build();
        };
        Map<String, byte[]> entries = checkpoint(spec, false);
        ObjectNode m = manifest(entries);
        edit.accept(m);
        Path file = write("edited.vaex", withManifest(entries, m));
        CheckpointException e = assertThrows(CheckpointException.class, () -> store.load(file), what);
        assertClear(e.getMessage(), file);
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
    }

    private Map<String, byte[]> checkpoint(ModelSpec spec, boolean trained) throws IOException {
        VaeModel model = VaeModel.create(spec, 3, 1e-3);
        if (trained) {
            for (int step = 0; step < 2; step++) {
                model.fit(TinyModels.batch(spec, 8, step), NoiseSource.seeded(step), Schedules.at(spec, step));
            }
        }
        Path file = dir.resolve("fixture.vaex");
        store.save(file, Manifests.of(spec, new DatasetInfo("mnist", "mnist", 28, 28, PixelScaling.GREY,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), 100, 10),
                new TrainingSettings(2, 64, 1e-3, 1, PixelScaling.GREY, 0, 0), new TrainingState(), "test"), model);
        Map<String, byte[]> entries = CheckpointFuzzTest.entries(file);
        Files.delete(file);
        return entries;
    }

    private static FlatArray weight(byte[] sd, String name) {
        FlatGraph g = FlatGraph.getRootAsFlatGraph(ByteBuffer.wrap(sd));
        for (int i = 0; i < g.variablesLength(); i++) {
            FlatVariable v = g.variables(i);
            if (v.name().equals(name)) {
                return v.ndarray();
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static FlatArray moment(byte[] sd, String param, String key) {
        FlatGraph g = FlatGraph.getRootAsFlatGraph(ByteBuffer.wrap(sd));
        for (int i = 0; i < g.updaterStateLength(); i++) {
            UpdaterState u = g.updaterState(i);
            for (int k = 0; u.paramName().equals(param) && k < u.updaterStateKeysLength(); k++) {
                if (u.updaterStateKeys(k).equals(key)) {
                    return u.updaterStateValues(k);
                }
            }
        }
        throw new IllegalArgumentException(param + " " + key);
    }

    private static ObjectNode manifest(Map<String, byte[]> entries) throws IOException {
        return (ObjectNode) JSON.readTree(entries.get(CheckpointStore.MANIFEST));
    }

    private static ObjectNode model(ObjectNode m) {
        return (ObjectNode) m.get("model");
    }

    private static ObjectNode objective(ObjectNode m) {
        return (ObjectNode) model(m).get("objective");
    }

    private static byte[] withModel(Map<String, byte[]> entries, byte[] sd) throws IOException {
        Map<String, byte[]> e = new LinkedHashMap<>(entries);
        e.put(CheckpointStore.MODEL, sd);
        return CheckpointMutations.fastZip(CheckpointMutations.sums(e));
    }

    private static byte[] withManifest(Map<String, byte[]> entries, ObjectNode manifest) throws IOException {
        Map<String, byte[]> e = new LinkedHashMap<>(entries);
        e.put(CheckpointStore.MANIFEST, JSON.writeValueAsBytes(manifest));
        return CheckpointMutations.fastZip(CheckpointMutations.sums(e));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void assertClear(String message, Path file) {
        assertTrue(CheckpointFuzzChild.clear(message, file), message);
    }

    /** The outcome a child JVM reports for {@code file} ("refused", "accepted", "bad: ..."), or how it died. */
    private String inChildJvm(Path file) throws Exception {
        Path list = Files.write(dir.resolve("one.txt"), List.of(file.getFileName() + "\tfalse"));
        Path work = Files.createDirectories(dir.resolve("child"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), CheckpointFuzzChild.class.getName(),
                dir.toString(), list.toString(), "0").directory(work.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String outcome = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String l;
            while ((l = out.readLine()) != null) {
                if (l.startsWith("@@done ")) {
                    outcome = l.split("\t")[1];
                }
            }
        }
        int exit = child.waitFor();
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(), left.toList(), "the child left files (a crash log?)");
        }
        return outcome != null ? outcome : "died with exit " + exit;
    }
}
