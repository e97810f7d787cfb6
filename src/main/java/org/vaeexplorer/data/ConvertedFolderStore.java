package org.vaeexplorer.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The converted sets of one picture folder under the app's cache folder: per folder a subfolder named by a hash of
 * its absolute path, per conversion two files named by a hash of the requested options and the folder's
 * {@link ImageFolderScan#fingerprint}: {@code .pixels} (the images' bytes one after the other, as
 * {@link ImageDataset} keeps them) and {@code .meta} (options, classes, labels, skipped files, checksums). The meta
 * file is written last and moved into place whole, so a set whose meta exists is complete; a newer conversion with
 * the same options replaces the older one (a changed folder leaves no stale copy behind).
 */
final class ConvertedFolderStore {
    private static final int MAGIC = 0x56494D47; // "VIMG"
    private static final int VERSION = 1;

    /**
     * What a converted set holds besides its pixels.
     *
     * @param sourceSha256    SHA-256 over each used file's relative path and the SHA-256 of its bytes, in order
     * @param convertedSha256 SHA-256 of the {@code .pixels} file
     */
    record Meta(ImageFolderOptions options, boolean labelled, List<String> classNames, int[] labels,
                List<SkippedImage> skipped, String sourceSha256, String convertedSha256) {
        int valuesPerImage() {
            return options.side() * options.side() * options.channels();
        }
    }

    private final Path dir;

    ConvertedFolderStore(Path cacheRoot, Path folder) {
        String path = folder.toAbsolutePath().normalize().toString();
        this.dir = cacheRoot.resolve(hex(path).substring(0, 24));
    }

    /** The set converted under {@code key}, if one is complete. */
    Optional<Meta> meta(String requested, String key) throws IOException {
        Path meta = file(requested, key, ".meta");
        Path pixels = file(requested, key, ".pixels");
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(pixels)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(meta)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return Optional.empty();
            }
            Meta m = new Meta(ImageFolderOptions.parse(in.readUTF()), in.readBoolean(), strings(in), ints(in),
                    skipped(in), in.readUTF(), in.readUTF());
            return Files.size(pixels) == (long) m.labels().length * m.valuesPerImage() ? Optional.of(m)
                    : Optional.empty();
        }
    }

    /** Where a conversion writes its pixels before {@link #commit}; the stream digests what it writes. */
    DigestOutputStream openPixels(String requested, String key) throws IOException {
        Files.createDirectories(dir);
        OutputStream out = Files.newOutputStream(file(requested, key, partSuffix()));
        return new DigestOutputStream(new BufferedOutputStream(out, 1 << 16), ImageFolderScan.sha256());
    }

    /** Drops a conversion given up (cancelled or refused). */
    void abandon(String requested, String key) throws IOException {
        Files.deleteIfExists(file(requested, key, partSuffix()));
    }

    /** Moves the pixels into place, writes the meta file, then removes older sets of the same options. */
    void commit(String requested, String key, Meta meta) throws IOException {
        Files.move(file(requested, key, partSuffix()), file(requested, key, ".pixels"),
                StandardCopyOption.REPLACE_EXISTING);
        Path part = file(requested, key, ".meta" + partSuffix());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(meta.options().text());
            out.writeBoolean(meta.labelled());
            out.writeInt(meta.classNames().size());
            for (String c : meta.classNames()) {
                out.writeUTF(c);
            }
            out.writeInt(meta.labels().length);
            for (int l : meta.labels()) {
                out.writeInt(l);
            }
            out.writeInt(meta.skipped().size());
            for (SkippedImage s : meta.skipped()) {
                out.writeUTF(s.file());
                out.writeUTF(s.reason().name());
                out.writeUTF(s.detail().length() > 500 ? s.detail().substring(0, 500) : s.detail());
            }
            out.writeUTF(meta.sourceSha256());
            out.writeUTF(meta.convertedSha256());
        }
        Files.move(part, file(requested, key, ".meta"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        String mine = prefix(requested);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path old : s.toList()) {
                String n = old.getFileName().toString();
                boolean finished = n.endsWith(".meta") || n.endsWith(".pixels");
                if (finished && n.startsWith(mine) && !n.startsWith(mine + key)) {
                    Files.deleteIfExists(old);
                }
            }
        }
    }

    /** The converted images' bytes, read image by image, so the caller fills its splits without a third copy. */
    InputStream pixels(String requested, String key) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file(requested, key, ".pixels")), 1 << 16);
    }

    /**
     * Each converting thread writes its own part files (two windows or a window and a command may convert the same
     * folder at once); the set moved into place last wins, and both are the same bytes.
     */
    private static String partSuffix() {
        return "." + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + ".part";
    }

    private Path file(String requested, String key, String suffix) {
        return dir.resolve(prefix(requested) + key + suffix);
    }

    private static String prefix(String requested) {
        return hex("options " + requested).substring(0, 12) + "-";
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(ImageFolderScan.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] out = new int[in.readInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.readInt();
        }
        return out;
    }

    private static List<SkippedImage> skipped(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<SkippedImage> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new SkippedImage(in.readUTF(), SkipReason.valueOf(in.readUTF()), in.readUTF()));
        }
        return out;
    }
}
