package org.vaeexplorer.explore.overview;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Overviews computed before, one small file per model and settings in the user's cache folder, named by the
 * checkpoint's SHA-256: the same file opened again (or copied elsewhere) gets its t-SNE at once, and a retrained
 * file, whose bytes differ, gets a new one. A file that cannot be read is computed again (it is only a cache).
 */
public final class OverviewCache {
    private static final Logger LOG = LoggerFactory.getLogger(OverviewCache.class);
    private static final int MAGIC = 0x56414f56; // "VAOV"
    private static final int VERSION = 1;
    private final Path folder;

    /** @param folder where the files go (the app's cache folder's {@code overviews}) */
    public OverviewCache(Path folder) {
        this.folder = folder;
    }

    /** The file of the overview of the checkpoint with {@code sha256} by {@code method} with {@code settings}. */
    Path fileOf(String sha256, OverviewMethod method, TsneSettings settings, int count) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        String tail = method == OverviewMethod.TSNE ? "-" + settings.key() : "";
        return folder.resolve(sha256 + "-" + method.name().toLowerCase(java.util.Locale.ROOT) + "-n" + count + tail
                + ".bin");
    }

    /** The stored overview, if there is one for these keys and it reads whole. */
    public Optional<LatentOverview> find(String sha256, OverviewMethod method, TsneSettings settings, int count) {
        Path file = fileOf(sha256, method, settings, count);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
            if (data.readInt() != MAGIC || data.readInt() != VERSION || data.readInt() != count) {
                LOG.warn("{} is not an overview of {} points; it is computed again", file, count);
                return Optional.empty();
            }
            double[] explained = new double[data.readInt()];
            if (explained.length > 2) {
                return Optional.empty();
            }
            for (int k = 0; k < explained.length; k++) {
                explained[k] = data.readDouble();
            }
            float[] xy = new float[2 * count];
            for (int i = 0; i < xy.length; i++) {
                xy[i] = data.readFloat();
            }
            return Optional.of(new LatentOverview(method, count, xy, explained));
        } catch (IOException e) {
            LOG.warn("could not read the cached overview {}; it is computed again", file, e);
            return Optional.empty();
        }
    }

    /** Stores {@code overview}; a failure is logged (the overview is still shown, only not kept). */
    public void store(String sha256, TsneSettings settings, LatentOverview overview) {
        Path file = fileOf(sha256, overview.method(), settings, overview.count());
        try {
            Files.createDirectories(folder);
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial);
                 DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out))) {
                data.writeInt(MAGIC);
                data.writeInt(VERSION);
                data.writeInt(overview.count());
                data.writeInt(overview.explained().length);
                for (double e : overview.explained()) {
                    data.writeDouble(e);
                }
                for (float v : overview.xy()) {
                    data.writeFloat(v);
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not keep the overview in {}", file, e);
        }
    }
}
