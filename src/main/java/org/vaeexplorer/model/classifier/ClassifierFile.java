package org.vaeexplorer.model.classifier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A classifier's file ({@value #EXTENSION}): a zip of {@code manifest.json} ({@link ClassifierManifest}) and
 * {@code weights.f32}, every weight of {@link ClassifierGraph#WEIGHTS} in that order as little-endian float32. Its
 * own extension keeps it out of the lists of VAE checkpoints. Read as untrusted input: the manifest is bounded JSON,
 * the architecture must be the one this build has, the weights must be exactly as long as that architecture needs,
 * match their checksum and be finite; the graph is built here, never read from the file.
 */
public final class ClassifierFile {
    public static final String EXTENSION = ".vaexc";
    static final String MANIFEST = "manifest.json";
    static final String WEIGHTS = "weights.f32";
    private static final int MAX_MANIFEST_BYTES = 64 << 10;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ClassifierFile() {
    }

    /** A classifier with what its file says of it. */
    public record Loaded(ClassifierManifest manifest, ImageClassifier classifier) {
    }

    /** Writes {@code classifier} with {@code manifest} (its checksum filled in here) as one zip to {@code out}. */
    public static void write(OutputStream out, ClassifierManifest manifest, ImageClassifier classifier)
            throws IOException {
        byte[] weights = weightBytes(classifier.weights());
        byte[] manifestBytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                manifest.withWeightsSha256(sha256(weights)));
        ZipOutputStream zip = new ZipOutputStream(out);
        put(zip, MANIFEST, manifestBytes);
        put(zip, WEIGHTS, weights);
        zip.finish();
        zip.flush();
    }

    /** Reads a classifier file, refusing (with an {@link IOException} that says why) anything but a sound one. */
    public static Loaded read(InputStream in) throws IOException {
        byte[] manifestBytes = null;
        byte[] weights = null;
        ClassifierManifest manifest = null;
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (MANIFEST.equals(e.getName()) && manifestBytes == null) {
                manifestBytes = bounded(zip, MAX_MANIFEST_BYTES, MANIFEST);
                manifest = parse(manifestBytes);
            } else if (WEIGHTS.equals(e.getName()) && weights == null) {
                if (manifest == null) {
                    throw new IOException("not a classifier file: " + WEIGHTS + " comes before " + MANIFEST);
                }
                weights = bounded(zip, expectedBytes(manifest.shape()), WEIGHTS);
            }
        }
        if (manifest == null || weights == null) {
            throw new IOException("not a classifier file: " + MANIFEST + " or " + WEIGHTS + " is missing");
        }
        if (weights.length != expectedBytes(manifest.shape())) {
            throw new IOException("the classifier's weights are " + weights.length + " bytes, not the "
                    + expectedBytes(manifest.shape()) + " its architecture needs");
        }
        if (!sha256(weights).equals(manifest.weightsSha256())) {
            throw new IOException("the classifier's weights do not match their checksum: the file is damaged");
        }
        return new Loaded(manifest, ImageClassifier.of(manifest.shape(), readWeights(manifest.shape(), weights)));
    }

    private static ClassifierManifest parse(byte[] bytes) throws IOException {
        ClassifierManifest m;
        try {
            m = JSON.readValue(bytes, ClassifierManifest.class);
        } catch (IOException e) {
            throw new IOException("the classifier's manifest is not readable: " + e.getMessage(), e);
        }
        if (!ClassifierManifest.FORMAT.equals(m.format()) || m.formatVersion() != ClassifierManifest.CURRENT_VERSION) {
            throw new IOException("not a classifier file of this version (format " + m.format() + " "
                    + m.formatVersion() + ")");
        }
        if (!ClassifierShape.ARCHITECTURE.equals(m.architecture())) {
            throw new IOException("the classifier's architecture " + m.architecture() + " is not "
                    + ClassifierShape.ARCHITECTURE);
        }
        try {
            m.shape();
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        return m;
    }

    private static long expectedBytes(ClassifierShape shape) {
        long floats = 0;
        for (String name : ClassifierGraph.WEIGHTS) {
            long n = 1;
            for (long d : ClassifierGraph.shapeOf(name, shape)) {
                n *= d;
            }
            floats += n;
        }
        return floats * Float.BYTES;
    }

    private static byte[] weightBytes(Map<String, float[]> weights) {
        int floats = weights.values().stream().mapToInt(a -> a.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(floats * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (String name : ClassifierGraph.WEIGHTS) {
            buffer.asFloatBuffer().put(weights.get(name));
            buffer.position(buffer.position() + weights.get(name).length * Float.BYTES);
        }
        return buffer.array();
    }

    private static Map<String, float[]> readWeights(ClassifierShape shape, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Map<String, float[]> out = new LinkedHashMap<>();
        for (String name : ClassifierGraph.WEIGHTS) {
            long n = 1;
            for (long d : ClassifierGraph.shapeOf(name, shape)) {
                n *= d;
            }
            float[] values = new float[Math.toIntExact(n)];
            buffer.asFloatBuffer().get(values);
            buffer.position(buffer.position() + values.length * Float.BYTES);
            for (float v : values) {
                if (!Float.isFinite(v)) {
                    throw new IOException("the classifier's weight '" + name + "' holds a NaN or infinite value");
                }
            }
            out.put(name, values);
        }
        return out;
    }

    private static byte[] bounded(InputStream in, long max, String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int r = in.read(buffer); r > 0; r = in.read(buffer)) {
            if (out.size() + (long) r > max) {
                throw new IOException("the classifier's " + entry + " is larger than its " + max + " bytes");
            }
            out.write(buffer, 0, r);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
