package org.vaeexplorer.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file all at once: the content goes to a temporary file beside it ({@code .NAME.PID.RANDOM.partial}),
 * is forced to disk, then moved over the target. The temporary file is created like any new file, with the mode the
 * user's umask leaves of 0666, and the move keeps it: {@code Files.createTempFile} makes it 0600, so exported GIFs,
 * PNGs and checkpoints were unreadable to others while a CSV written directly was not (issue 27.12). A full disk or a refused folder leaves the old file
 * as it was and no empty or half-written one, and the message names the file the user asked for, not the
 * temporary one.
 */
public final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
    private static final String PARTIAL = ".partial";
    private static final int CREATE_ATTEMPTS = 100;
    /** {@code .NAME.PID.RANDOM.partial}; older builds wrote {@code .NAME.RANDOM.partial} (no PID: an orphan). */
    private static final Pattern PARTIAL_NAME = Pattern.compile("^\\..*\\.(\\d{1,10})\\.\\d+\\.partial$");
    private static final AtomicFiles DEFAULT = new AtomicFiles(Files::newOutputStream);

    /** What is written, to a stream this class opens and closes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** How the temporary file is opened: the seam a test uses to make the disk full. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    private final Opener opener;

    AtomicFiles(Opener opener) {
        this.opener = opener;
    }

    /** Writes {@code content} to {@code file} in a folder that must exist (it is never created here). */
    public static void write(Path file, Content content) throws IOException {
        DEFAULT.replace(file, content);
    }

    void replace(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + file + ": " + (dir != null && Files.exists(dir)
                    ? dir + " is a file, not a folder" : "the folder " + dir + " does not exist"));
        }
        removeStalePartials(dir);
        Path tmp = null;
        try {
            tmp = createSibling(dir, "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".");
            try (OutputStream out = opener.open(tmp)) {
                content.writeTo(out);
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
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** A new, empty {@code dir/prefix<random digits>.partial}, created with the umask's default mode. */
    private static Path createSibling(Path dir, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + PARTIAL);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt == CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            return FileProblems.reason(f);
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /**
     * {@link #removeStalePartials} in {@code root} and each folder directly in it: the window's runs folder, whose
     * run folders are written by the window alone.
     */
    public static void removeStalePartialsIn(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        removeStalePartials(root);
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path folder : folders) {
                removeStalePartials(folder);
            }
        } catch (IOException e) {
            LOG.warn("could not look for interrupted saves in {}: {}", root, e.toString());
        }
    }

    /** Deletes the partial writes in {@code dir} whose process has ended (killed while saving). */
    public static void removeStalePartials(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(dir, ".*" + PARTIAL)) {
            for (Path p : partials) {
                Matcher m = PARTIAL_NAME.matcher(p.getFileName().toString());
                boolean orphan = !m.matches() || ProcessHandle.of(Long.parseLong(m.group(1)))
                        .map(h -> !h.isAlive()).orElse(true);
                if (orphan) {
                    Files.deleteIfExists(p);
                    LOG.info("removed {}, left by a save that was interrupted", p);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not clean interrupted saves in {}: {}", dir, e.toString());
            LOG.debug("cleaning {}", dir, e);
        }
    }
}
