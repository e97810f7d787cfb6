package org.vaeexplorer.checkpoint;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The zip layer of a checkpoint, read as untrusted input: only the three known entries, each once, the manifest
 * before the weights, every entry bounded while it inflates (the weights by what the manifest's architecture
 * implies, so a small file that inflates to gigabytes is refused after a few megabytes), and SHA-256 computed
 * while streaming, so the weights need not be held when only the manifest is wanted.
 */
final class CheckpointArchive {
    static final String MANIFEST = "manifest.json";
    static final String MODEL = "model.sd";
    static final String CHECKSUMS = "checksums.json";
    static final long MAX_MANIFEST_BYTES = 8L << 20;
    static final long MAX_CHECKSUM_BYTES = 64L << 10;

    /**
     * The entries read; {@code model} is null when the weights were only checksummed. {@code fileSha256} is the
     * whole file's SHA-256 as {@code sha256sum} prints it, taken in the same pass as the entries (null for a
     * summary, which reads through the central directory and never sees every byte).
     */
    record Contents(byte[] manifest, byte[] model, byte[] checksums, Map<String, String> digests,
                    String fileSha256) {
    }

    /** The largest weights entry a manifest allows; throws when the manifest itself is unusable. */
    interface ModelLimit {
        long of(byte[] manifest) throws CheckpointException;
    }

    private CheckpointArchive() {
    }

    /**
     * @param modelLimit the largest weights entry the manifest's bytes allow (it may throw for a bad manifest)
     * @param keepModel  whether to keep the weights' bytes or only their digest
     */
    static Contents read(Path file, ModelLimit modelLimit, boolean keepModel)
            throws CheckpointException {
        requireFile(file);
        Map<String, byte[]> kept = new HashMap<>();
        Map<String, String> digests = new HashMap<>();
        MessageDigest whole = sha256();
        try (DigestInputStream fileBytes = new DigestInputStream(
                new BufferedInputStream(Files.newInputStream(file)), whole);
             ZipInputStream zip = new ZipInputStream(fileBytes)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                requireKnownOnce(file, name, digests.keySet());
                long limit = switch (name) {
                    case MANIFEST -> MAX_MANIFEST_BYTES;
                    case CHECKSUMS -> MAX_CHECKSUM_BYTES;
                    case MODEL -> {
                        if (!kept.containsKey(MANIFEST)) {
                            throw new CheckpointException(Names.of(file) + " is not a valid checkpoint: its weights "
                                    + "come before its manifest");
                        }
                        yield modelLimit.of(kept.get(MANIFEST));
                    }
                    default -> throw new IllegalStateException("requireKnownOnce lets only known names through");
                };
                boolean keep = keepModel || !name.equals(MODEL);
                Read r = readBounded(zip, limit, keep, file, name);
                digests.put(name, r.sha256);
                if (keep) {
                    kept.put(name, r.bytes);
                }
            }
            // The central directory after the entries: the whole file's digest needs it too.
            fileBytes.transferTo(OutputStream.nullOutputStream());
        } catch (CheckpointException e) {
            throw e;
        } catch (EOFException | ZipException e) {
            throw new CheckpointException(Names.of(file) + " is truncated or damaged: its zip structure is broken"
                    + detail(e), e);
        } catch (IOException e) {
            throw new CheckpointException(Names.of(file) + " could not be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // ZipInputStream throws this for entry names that are not valid text ("malformed input off ...").
            throw new CheckpointException(Names.of(file) + " is damaged: an entry name in it is not valid text", e);
        }
        if (digests.isEmpty()) {
            throw new CheckpointException(Names.of(file) + " is not a VAE Explorer checkpoint (not a zip archive, "
                    + "or an empty one)");
        }
        requireAll(file, digests.keySet());
        return new Contents(kept.get(MANIFEST), kept.get(MODEL), kept.get(CHECKSUMS), digests,
                HexFormat.of().formatHex(whole.digest()));
    }

    /**
     * The manifest and the checksum list through the zip's central directory, without inflating the weights: what
     * a listing of many checkpoints needs (the Models page). The weights are checked when the file is loaded.
     */
    static Contents readSummary(Path file) throws CheckpointException {
        requireFile(file);
        Map<String, byte[]> kept = new HashMap<>();
        Map<String, String> digests = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            for (var it = zip.entries(); it.hasMoreElements(); ) {
                String name = it.nextElement().getName();
                requireKnownOnce(file, name, names);
                names.add(name);
            }
            requireAll(file, names);
            for (String name : new String[] {MANIFEST, CHECKSUMS}) {
                try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                    Read r = readBounded(in, name.equals(MANIFEST) ? MAX_MANIFEST_BYTES : MAX_CHECKSUM_BYTES, true,
                            file, name);
                    kept.put(name, r.bytes);
                    digests.put(name, r.sha256);
                }
            }
        } catch (CheckpointException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw new CheckpointException(Names.of(file) + " is not a VAE Explorer checkpoint, or is damaged"
                    + detail(e), e);
        }
        return new Contents(kept.get(MANIFEST), null, kept.get(CHECKSUMS), digests, null);
    }

    private static void requireFile(Path file) throws CheckpointException {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(Names.of(file) + " does not exist or is not a file");
        }
    }

    /** Only the three known entries, each once, whichever way the archive is read. */
    private static void requireKnownOnce(Path file, String name, Set<String> seen) throws CheckpointException {
        if (!name.equals(MANIFEST) && !name.equals(MODEL) && !name.equals(CHECKSUMS)) {
            throw new CheckpointException(Names.of(file) + " is not a VAE Explorer checkpoint (unexpected entry '"
                    + printable(name) + "')");
        }
        if (seen.contains(name)) {
            throw new CheckpointException(Names.of(file) + " is not a valid checkpoint: it holds '" + name
                    + "' twice");
        }
    }

    private static void requireAll(Path file, Set<String> seen) throws CheckpointException {
        for (String required : new String[] {MANIFEST, MODEL, CHECKSUMS}) {
            if (!seen.contains(required)) {
                throw new CheckpointException(Names.of(file) + " is incomplete or truncated: " + required
                        + " is missing");
            }
        }
    }

    private record Read(byte[] bytes, String sha256) {
    }

    /** Reads an entry, refusing more than {@code limit} bytes whatever its header claims. */
    private static Read readBounded(InputStream in, long limit, boolean keep, Path file, String entry)
            throws IOException {
        MessageDigest sha = sha256();
        // Chunks, joined once at the end: a growing byte stream would hold up to three times its contents while it
        // doubles and copies, and an entry refused at its bound would have cost that much.
        List<byte[]> chunks = keep ? new ArrayList<>() : null;
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int r;
        try (DigestInputStream digesting = new DigestInputStream(new NonClosing(in), sha)) {
            while ((r = digesting.readNBytes(buf, 0, buf.length)) > 0) {
                total += r;
                if (total > limit) {
                    throw new CheckpointException(Names.of(file) + ": its entry " + entry + " is larger than the "
                            + limit + " bytes its manifest allows here (a damaged or hostile file, or a model too large"
                            + " for this app's memory)");
                }
                if (chunks != null) {
                    chunks.add(Arrays.copyOf(buf, r));
                }
            }
        }
        byte[] bytes = null;
        if (chunks != null) {
            bytes = new byte[Math.toIntExact(total)];
            int at = 0;
            for (byte[] c : chunks) {
                System.arraycopy(c, 0, bytes, at, c.length);
                at += c.length;
            }
        }
        return new Read(bytes, HexFormat.of().formatHex(sha.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String detail(Exception e) {
        return e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
    }

    /** An entry name as it can be shown on one line. */
    private static String printable(String name) {
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** Lets a DigestInputStream be closed without closing the zip stream under it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stream goes on to its next entry
        }
    }
}
