package org.vaeexplorer.checkpoint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.vaeexplorer.model.VaeModel;

/**
 * Reads and writes checkpoint files: a zip of {@code manifest.json}, {@code model.sd} (SameDiff's format, with the
 * optimiser state) and {@code checksums.json} (SHA-256 of both, because SameDiff loads flipped weight bytes
 * silently). Saving is atomic; loading checks every entry's size and checksum before parsing anything, and parses
 * only JSON and SameDiff's flat buffers, never Java serialisation.
 */
public final class CheckpointStore {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);
    public static final String EXTENSION = ".vaex";
    static final String MANIFEST = "manifest.json";
    static final String MODEL = "model.sd";
    static final String CHECKSUMS = "checksums.json";
    static final long MAX_MANIFEST_BYTES = 8L << 20;
    static final long MAX_MODEL_BYTES = 2L << 30;
    static final long MAX_CHECKSUM_BYTES = 64L << 10;

    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Writes {@code checkpoint} to {@code file} via a temporary file in the same folder and an atomic move. */
    public void save(Path file, CheckpointManifest manifest, VaeModel model) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] manifestBytes = json.writeValueAsBytes(manifest);
        ByteArrayOutputStream modelBytes = new ByteArrayOutputStream(1 << 20);
        model.save(modelBytes);
        byte[] weights = modelBytes.toByteArray();
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put(MANIFEST, sha256(manifestBytes));
        sums.put(MODEL, sha256(weights));
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, MANIFEST, manifestBytes);
                put(zip, MODEL, weights);
                put(zip, CHECKSUMS, json.writeValueAsBytes(sums));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.info("{} cannot be replaced atomically here; replacing it in place", file);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The manifest only, checked against its checksum, without loading the weights. */
    public CheckpointManifest readManifest(Path file) throws CheckpointException {
        Entries e = readEntries(file, false);
        return parseManifest(file, e.manifest);
    }

    public Checkpoint load(Path file) throws CheckpointException {
        Entries e = readEntries(file, true);
        CheckpointManifest manifest = parseManifest(file, e.manifest);
        try {
            return new Checkpoint(manifest, VaeModel.load(manifest.model(), new ByteArrayInputStream(e.model)));
        } catch (RuntimeException ex) {
            throw new CheckpointException(name(file) + ": the model's weights could not be rebuilt ("
                    + ex.getClass().getSimpleName() + "); the file may come from an incompatible version", ex);
        }
    }

    private CheckpointManifest parseManifest(Path file, byte[] bytes) throws CheckpointException {
        Map<?, ?> raw;
        try {
            raw = json.readValue(bytes, Map.class);
        } catch (IOException ex) {
            throw new CheckpointException(name(file) + ": its manifest is not valid JSON", ex);
        }
        if (!CheckpointManifest.FORMAT.equals(raw.get("format"))) {
            throw new CheckpointException(name(file) + " is not a VAE Explorer checkpoint (format '"
                    + raw.get("format") + "')");
        }
        if (!(raw.get("formatVersion") instanceof Integer version)) {
            throw new CheckpointException(name(file) + ": its manifest has no format version");
        }
        if (version > CheckpointManifest.CURRENT_VERSION) {
            throw new CheckpointException(name(file) + " was written by a newer VAE Explorer (checkpoint format "
                    + version + "); this version reads format " + CheckpointManifest.CURRENT_VERSION
                    + ". Update the app to open it.");
        }
        try {
            return json.readValue(bytes, CheckpointManifest.class);
        } catch (JsonProcessingException ex) {
            throw new CheckpointException(name(file) + ": its manifest is incomplete or invalid: "
                    + ex.getOriginalMessage(), ex);
        } catch (IOException ex) {
            throw new CheckpointException(name(file) + ": its manifest could not be read", ex);
        }
    }

    private record Entries(byte[] manifest, byte[] model) {
    }

    private Entries readEntries(Path file, boolean withModel) throws CheckpointException {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(name(file) + " does not exist or is not a file");
        }
        byte[] manifest = null;
        byte[] model = null;
        byte[] checksums = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                switch (entry.getName()) {
                    case MANIFEST -> manifest = readLimited(zip, MAX_MANIFEST_BYTES, file, MANIFEST);
                    case MODEL -> model = withModel ? readLimited(zip, MAX_MODEL_BYTES, file, MODEL) : skip(zip);
                    case CHECKSUMS -> checksums = readLimited(zip, MAX_CHECKSUM_BYTES, file, CHECKSUMS);
                    default -> throw new CheckpointException(name(file) + " is not a VAE Explorer checkpoint "
                            + "(unexpected entry '" + entry.getName() + "')");
                }
            }
        } catch (CheckpointException e) {
            throw e;
        } catch (EOFException | ZipException e) {
            throw new CheckpointException(name(file) + " is truncated or damaged (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new CheckpointException(name(file) + " could not be read: " + e.getMessage(), e);
        }
        if (manifest == null && model == null && checksums == null) {
            throw new CheckpointException(name(file) + " is not a VAE Explorer checkpoint");
        }
        if (manifest == null || checksums == null || (withModel && model == null)) {
            throw new CheckpointException(name(file) + " is incomplete or truncated: "
                    + (manifest == null ? MANIFEST : checksums == null ? CHECKSUMS : MODEL) + " is missing");
        }
        Map<?, ?> sums;
        try {
            sums = json.readValue(checksums, Map.class);
        } catch (IOException e) {
            throw new CheckpointException(name(file) + ": its checksum list is damaged", e);
        }
        verify(file, MANIFEST, manifest, sums);
        if (withModel) {
            verify(file, MODEL, model, sums);
        }
        return new Entries(manifest, model);
    }

    private static void verify(Path file, String entry, byte[] content, Map<?, ?> sums) throws CheckpointException {
        if (!sha256(content).equals(sums.get(entry))) {
            throw new CheckpointException(name(file) + " is corrupt: the checksum of " + entry
                    + " does not match (the file was changed or damaged after it was saved)");
        }
    }

    /** Reads an entry, refusing more than {@code limit} bytes whatever its header claims. */
    private static byte[] readLimited(InputStream in, long limit, Path file, String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            total += r;
            if (total > limit) {
                throw new CheckpointException(name(file) + ": entry " + entry + " is larger than the " + limit
                        + " bytes allowed");
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    private static byte[] skip(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
        return null;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String name(Path file) {
        return "'" + file.getFileName() + "'";
    }
}
