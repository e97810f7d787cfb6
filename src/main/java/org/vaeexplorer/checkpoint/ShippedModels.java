package org.vaeexplorer.checkpoint;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the {@code models/} folder of trained checkpoints that ships with the app, wherever it was started from:
 * the property {@code vae.models}, the working directory (a clone: {@code mvn javafx:run}), or beside the jar
 * ({@code target/vae-explorer.jar} in a clone, {@code app/} in a jpackage image).
 */
public final class ShippedModels {
    private static final Logger LOG = LoggerFactory.getLogger(ShippedModels.class);
    /** The model the app opens when it starts (see models/README.md). */
    public static final String DEFAULT = "mnist-vae-2d" + CheckpointStore.EXTENSION;

    private ShippedModels() {
    }

    public static Optional<Path> folder() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("vae.models");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("models"));
        jarFolder().ifPresent(dir -> {
            candidates.add(dir.resolve("models"));
            if (dir.getParent() != null) {
                candidates.add(dir.getParent().resolve("models"));
            }
        });
        return candidates.stream().filter(ShippedModels::hasCheckpoints).map(p -> p.toAbsolutePath().normalize())
                .findFirst();
    }

    /** The default model if it is there, else any shipped checkpoint. */
    public static Optional<Path> defaultModel() {
        return folder().flatMap(dir -> {
            Path preferred = dir.resolve(DEFAULT);
            if (Files.isRegularFile(preferred)) {
                return Optional.of(preferred);
            }
            return list(dir).stream().findFirst();
        });
    }

    /** The checkpoints in {@code dir} and its subfolders (two levels, as run folders are), sorted by path. */
    public static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.find(dir, 3, (p, a) -> a.isRegularFile()
                && p.getFileName().toString().endsWith(CheckpointStore.EXTENSION))) {
            return files.sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("could not list the checkpoints in {}; showing none", dir, e);
            return List.of();
        }
    }

    private static boolean hasCheckpoints(Path dir) {
        return !list(dir).isEmpty();
    }

    private static Optional<Path> jarFolder() {
        try {
            var source = ShippedModels.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(Files.isDirectory(location) ? location : location.getParent());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            LOG.info("the application's folder is unknown ({}); no shipped models", e.toString());
            return Optional.empty();
        }
    }
}
