package org.vaeexplorer.checkpoint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A checkpoint edited the way an attacker or a buggy exporter edits one: an entry replaced and the checksums
 * recomputed, so that only the checks after the checksums can object.
 */
public final class ResealedCheckpoint {
    private ResealedCheckpoint() {
    }

    /** {@code source} with its weights cut to half their length, checksums recomputed: SameDiff cannot parse it. */
    public static Path withHalfTheWeights(Path source, Path target) throws IOException {
        return withEntry(source, target, CheckpointStore.MODEL, w -> Arrays.copyOf(w, w.length / 2));
    }

    /** {@code source} with entry {@code name} edited by {@code edit}; checksums recomputed unless it is that list. */
    public static Path withEntry(Path source, Path target, String name, UnaryOperator<byte[]> edit)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(source)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        entries.put(name, edit.apply(entries.get(name)));
        if (!name.equals(CheckpointStore.CHECKSUMS)) {
            String sums = "{\"" + CheckpointStore.MANIFEST + "\":\""
                    + CheckpointStore.sha256(entries.get(CheckpointStore.MANIFEST)) + "\",\"" + CheckpointStore.MODEL
                    + "\":\"" + CheckpointStore.sha256(entries.get(CheckpointStore.MODEL)) + "\"}";
            entries.put(CheckpointStore.CHECKSUMS, sums.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(target, bytes.toByteArray());
    }
}
