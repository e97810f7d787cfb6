package org.vaeexplorer.checkpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.model.InvalidGraphException;
import org.vaeexplorer.model.ModelSize;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.platform.AtomicFiles;

/**
 * Reads and writes checkpoint files: a zip of {@code manifest.json}, {@code model.sd} (SameDiff's format, with the
 * optimiser state) and {@code checksums.json} (SHA-256 of both, because SameDiff loads flipped weight bytes
 * silently). Saving is atomic. Files from elsewhere are untrusted: loading bounds every entry while it inflates,
 * checks checksums and the manifest with the rules train applies, then rebuilds the graph from the manifest's
 * specification and takes only the weights and Adam's state from {@code model.sd}, read in Java, once the saved
 * graph is shown to be that one ({@link VaeModel#load}); it parses only JSON and flat buffers (never Java
 * serialisation, never a graph in native code), and writes nothing.
 */
public final class CheckpointStore {
    public static final String EXTENSION = ".vaex";
    static final String MANIFEST = CheckpointArchive.MANIFEST;
    static final String MODEL = CheckpointArchive.MODEL;
    static final String CHECKSUMS = CheckpointArchive.CHECKSUMS;
    static final long MAX_MANIFEST_BYTES = CheckpointArchive.MAX_MANIFEST_BYTES;
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);

    private final ObjectMapper json = ManifestParser.mapper();

    /** Writes {@code checkpoint} to {@code file} via a temporary file in the same folder and an atomic move. */
    public void save(Path file, CheckpointManifest manifest, VaeModel model) throws IOException {
        save(file, manifest, model, true);
    }

    /**
     * @param withOptimizerState false for a file to explore and ship (about a third of the size), which
     *                           {@link Checkpoint#canResume} then says cannot continue training
     */
    public void save(Path file, CheckpointManifest manifest, VaeModel model, boolean withOptimizerState)
            throws IOException {
        byte[] manifestBytes = json.writeValueAsBytes(manifest.inCurrentFormat());
        ByteArrayOutputStream modelBytes = new ByteArrayOutputStream(1 << 20);
        model.save(modelBytes, withOptimizerState, SpecFingerprint.of(json, manifestBytes));
        write(file, manifestBytes, modelBytes.toByteArray());
    }

    /**
     * The write itself, all at once ({@link AtomicFiles}): one left by a process that was killed mid-write is
     * removed by the next save, and a failure names {@code file}.
     */
    void write(Path file, byte[] manifestBytes, byte[] weights) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put(MANIFEST, sha256(manifestBytes));
        sums.put(MODEL, sha256(weights));
        AtomicFiles.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, MANIFEST, manifestBytes);
                put(zip, MODEL, weights);
                put(zip, CHECKSUMS, json.writeValueAsBytes(sums));
            }
        });
    }

    /**
     * Writes the checkpoint in {@code source} to {@code file} with {@code provenance} in place of its own, every
     * other part of its manifest and its weights' bytes as they were (the weights' fingerprint covers only the
     * manifest's model, which stays): for cleaning the provenance of a file already made for shipping without
     * touching a single weight. {@code source} is checked as {@link #load} checks it first.
     */
    public void rewriteProvenance(Path source, Path file, Provenance provenance) throws IOException {
        load(source);
        CheckpointArchive.Contents c = CheckpointArchive.read(source, bytes -> modelLimit(source, bytes), true);
        verify(source, c);
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(c.manifest());
        tree.set("provenance", json.valueToTree(provenance));
        write(file, json.writeValueAsBytes(tree), c.model());
    }

    /**
     * The manifest only, checked against its checksum and for consistency; the weights entry is checksummed as
     * it streams past, so a file with missing or damaged weights is refused here too, without holding them.
     */
    public CheckpointManifest readManifest(Path file) throws CheckpointException {
        CheckpointArchive.Contents c = CheckpointArchive.read(file, bytes -> modelLimit(file, bytes), false);
        verify(file, c);
        return parse(file, c.manifest());
    }

    /**
     * The manifest, checked against its checksum and for consistency, read through the zip's directory without
     * inflating the weights: for listing many files. Whether the weights are whole is known only at {@link #load}.
     */
    public CheckpointManifest peekManifest(Path file) throws CheckpointException {
        CheckpointArchive.Contents c = CheckpointArchive.readSummary(file);
        verify(file, c, MANIFEST);
        return parse(file, c.manifest());
    }

    /** The whole checkpoint: manifest, then weights that must be the graph the manifest describes. */
    public Checkpoint load(Path file) throws CheckpointException {
        CheckpointArchive.Contents c = CheckpointArchive.read(file, bytes -> modelLimit(file, bytes), true);
        verify(file, c);
        CheckpointManifest manifest = parse(file, c.manifest());
        VaeModel model;
        try {
            model = VaeModel.load(manifest.model(), c.model(), SpecFingerprint.of(json, c.manifest()));
        } catch (InvalidGraphException ex) {
            LOG.debug("weights of {} refused", file, ex);
            throw new CheckpointException(Names.of(file) + ": " + ex.getMessage(), ex);
        } catch (IOException ex) {
            LOG.debug("manifest of {} could not be fingerprinted", file, ex);
            throw new CheckpointException(Names.of(file) + ": its manifest is not valid JSON", ex);
        } catch (RuntimeException ex) {
            LOG.debug("weights of {} could not be rebuilt", file, ex);
            throw new CheckpointException(Names.of(file) + ": its weights are not a model this version can read "
                    + "(damaged, or written by an incompatible version)", ex);
        }
        if (model.learningRate() != manifest.training().learningRate()) {
            throw new CheckpointException(Names.of(file) + ": its manifest says training used a learning rate of "
                    + manifest.training().learningRate() + " but its weights were trained with "
                    + model.learningRate());
        }
        return new Checkpoint(manifest, model, c.fileSha256());
    }

    /**
     * The largest weights entry the manifest allows; a manifest that cannot be read is refused right here, before
     * any of the weights inflate. The weights are held whole while they are read (FlatBuffers are read at random),
     * so the bound is also at most a quarter of the heap (and what one Java array holds): a model claimed within
     * the training limit cannot make the read itself run out of memory (it holds the chunks read, then their join).
     */
    private long modelLimit(Path file, byte[] manifestBytes) throws CheckpointException {
        return Math.min(Math.min(ModelSize.savedBytesBound(parse(file, manifestBytes).model()),
                Runtime.getRuntime().maxMemory() / 4), Integer.MAX_VALUE - 8);
    }

    private CheckpointManifest parse(Path file, byte[] bytes) throws CheckpointException {
        CheckpointManifest m = ManifestParser.parse(json, file, bytes);
        ManifestCheck.require(file, m);
        return m;
    }

    private void verify(Path file, CheckpointArchive.Contents c) throws CheckpointException {
        verify(file, c, MANIFEST, MODEL);
    }

    private void verify(Path file, CheckpointArchive.Contents c, String... entries) throws CheckpointException {
        Map<?, ?> sums;
        try {
            sums = json.readValue(c.checksums(), Map.class);
        } catch (IOException | RuntimeException e) {
            throw new CheckpointException(Names.of(file) + ": its checksum list is damaged", e);
        }
        if (sums == null) {
            throw new CheckpointException(Names.of(file) + ": its checksum list is empty (JSON null)");
        }
        for (String entry : entries) {
            if (!c.digests().get(entry).equals(sums.get(entry))) {
                throw new CheckpointException(Names.of(file) + " is corrupt: the checksum of " + entry
                        + " does not match (the file was changed or damaged after it was saved)");
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(CheckpointArchive.sha256().digest(content));
    }
}
