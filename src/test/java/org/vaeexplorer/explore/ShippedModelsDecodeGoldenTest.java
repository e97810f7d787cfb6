package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.ShippedModels;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.FlatCodes;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Posterior;
import org.vaeexplorer.model.VaeModel;

/**
 * The refactoring safety net: every shipped model decodes the same fixed codes (drawn from a fixed seed) to the very
 * same floats as when the golden was written, bit for bit, through the explorer's decode (a few rows: the Java loop;
 * many rows: gemm), the graph's encoder and reconstruction at the means, and for the structured-output CVAE its
 * completions. The golden holds a SHA-256 of the floats' bytes per model and path; it was produced by the code of
 * before issue 29 with {@code -Dgolden.write=true}, which rewrites it (do that only when a change of numbers is meant).
 */
class ShippedModelsDecodeGoldenTest {
    private static final String GOLDEN = "shipped-decodes.sha256";
    private static final Path SOURCE = Path.of("src/test/resources/org/vaeexplorer/explore", GOLDEN);
    private static final boolean WRITE = Boolean.getBoolean("golden.write");
    private static final Properties EXPECTED = new Properties();
    private static final Map<String, String> WRITTEN = new TreeMap<>();

    static Stream<Path> shipped() {
        return ShippedModels.list(Path.of("models")).stream();
    }

    @BeforeAll
    static void readGolden() throws IOException {
        try (InputStream in = ShippedModelsDecodeGoldenTest.class.getResourceAsStream(GOLDEN)) {
            if (in != null) {
                EXPECTED.load(in);
            }
        }
    }

    @AfterAll
    static void writeGolden() throws IOException {
        if (WRITE) {
            try (Writer w = Files.newBufferedWriter(SOURCE)) {
                w.write("# SHA-256 of the float bytes (little-endian) that each shipped model decodes to; see "
                        + "ShippedModelsDecodeGoldenTest\n");
                for (var e : WRITTEN.entrySet()) {
                    w.write(e.getKey() + "=" + e.getValue() + "\n");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void decodesBitIdenticallyToTheGolden(Path file) throws IOException {
        VaeModel model = new CheckpointStore().load(file).model();
        String name = file.getFileName().toString().replace(CheckpointStore.EXTENSION, "");
        ModelSpec spec = model.spec();
        if (spec.capabilities().completes()) {
            DigitCompleter.Completion c = new DigitCompleter(model).complete(image(spec, 7), new boolean[] {
                true, false, true, false}, 3, 11);
            check(name + ".completions", c.samples());
            check(name + ".baseline", c.baselineGuess());
            return;
        }
        for (int n : new int[] {3, 16}) {
            SplittableRandom r = new SplittableRandom(n);
            float[] z = new float[n * spec.latentDim()];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) r.nextGaussian();
            }
            float[] categories = new float[n * spec.categoricalWidth()];
            for (int i = 0; i < n; i++) {
                int offset = 0;
                for (int k : spec.categories()) {
                    categories[i * spec.categoricalWidth() + offset + (i % k)] = 1;
                    offset += k;
                }
            }
            float[] labels = new float[spec.conditional() ? n * spec.numClasses() : 0];
            for (int i = 0; spec.conditional() && i < n; i++) {
                labels[i * spec.numClasses() + i % spec.numClasses()] = 1;
            }
            check(name + ".decode" + n, FlatCodes.decode(model, z, categories, labels, n));
        }
        int n = 4;
        float[] pixels = image(spec, 5 * n);
        float[] batch = new float[n * spec.pixels()];
        System.arraycopy(pixels, 0, batch, 0, spec.pixels());
        for (int i = 1; i < n; i++) {
            System.arraycopy(image(spec, i), 0, batch, i * spec.pixels(), spec.pixels());
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % spec.numClasses();
        }
        // The keys name the graph's outputs, as when the golden was written: mu, logvar, cat_probs (every discrete
        // latent's probabilities side by side), x_mean.
        Batch images = new Batch(batch, n, labels);
        Posterior q = model.encode(images);
        if (spec.latentDim() > 0) {
            check(name + ".encode.mu", q.means());
            check(name + ".encode.logvar", q.logVariances());
        }
        if (spec.hasCategorical()) {
            check(name + ".encode.cat_probs", sideBySide(q, n));
        }
        check(name + ".encode.x_mean", model.reconstruct(images));
    }

    private static float[] sideBySide(Posterior q, int n) {
        float[] out = new float[0];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < q.discreteLatents(); l++) {
                float[] row = q.probabilities(l, i);
                float[] longer = java.util.Arrays.copyOf(out, out.length + row.length);
                System.arraycopy(row, 0, longer, out.length, row.length);
                out = longer;
            }
        }
        return out;
    }

    /** A smooth random image: fixed by its seed, with grey levels in [0, 1]. */
    private static float[] image(ModelSpec spec, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] image = new float[spec.pixels()];
        for (int i = 0; i < image.length; i++) {
            image[i] = (float) r.nextDouble();
        }
        return image;
    }

    private static void check(String key, float[] values) {
        String digest = sha256(values);
        if (WRITE) {
            WRITTEN.put(key, digest);
            return;
        }
        assertNotNull(EXPECTED.getProperty(key), "no golden for " + key);
        assertEquals(EXPECTED.getProperty(key), digest, key + " decodes to other floats than before");
    }

    private static String sha256(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            bytes.putFloat(v);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
