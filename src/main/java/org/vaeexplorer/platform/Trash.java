package org.vaeexplorer.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's trash, so that a run deleted from the Models page can be got back (issue 27.9). On Linux and the
 * other freedesktop.org desktops it is the home trash of the Trash specification 1.0: the file is renamed into
 * {@code $XDG_DATA_HOME/Trash/files} (default {@code ~/.local/share/Trash}) beside a {@code .trashinfo} file in
 * {@code info/} that names where it came from and when, which is what file managers read to restore it.
 * {@code java.awt.Desktop.moveToTrash} is used only where the platform supports it (Windows, macOS); it rarely is
 * on Linux. A file on another file system than the trash cannot be renamed into it, and the spec's per-volume
 * trash folders are not written here, so for those {@link #canTake} says no and the caller asks before deleting.
 */
public final class Trash {
    private static final Logger LOG = LoggerFactory.getLogger(Trash.class);
    private static final DateTimeFormatter DELETION_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    /** Characters a trashinfo Path keeps as they are; every other byte is %-escaped (RFC 2396). */
    private static final String UNESCAPED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-_.~";
    private final Path dir;
    private final Supplier<LocalDateTime> clock;

    /** @param dir the trash folder (holding {@code files/} and {@code info/}), or null where the desktop's is used */
    public Trash(Path dir, Supplier<LocalDateTime> clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** The user's trash: the freedesktop.org home trash on Linux and other Unix desktops, else the desktop's. */
    public static Trash forUser(Map<String, String> env, Path home) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return new Trash(null, LocalDateTime::now);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return new Trash(data.resolve("Trash"), LocalDateTime::now);
    }

    /** Whether {@code target} can be moved to this trash (and so be restored); if not, only deleted. */
    public boolean canTake(Path target) {
        if (dir == null) {
            return desktopTrash();
        }
        try {
            Path existing = dir.toAbsolutePath();
            while (!Files.exists(existing)) {
                existing = existing.getParent();
            }
            return Files.getFileStore(existing).equals(Files.getFileStore(target));
        } catch (IOException | RuntimeException e) {
            LOG.info("{} cannot go to the trash in {}: {}", target, dir, e.toString());
            return false;
        }
    }

    /** Moves {@code target} (a file or a folder) to the trash; returns where it is now (null: the desktop's). */
    public Path moveToTrash(Path target) throws IOException {
        if (dir == null) {
            if (!java.awt.Desktop.getDesktop().moveToTrash(target.toFile())) {
                throw new IOException("the desktop did not move " + target + " to the trash");
            }
            return null;
        }
        Path source = target.toAbsolutePath().normalize();
        Path files = ownerOnlyFolder(dir.resolve("files"));
        Path info = ownerOnlyFolder(dir.resolve("info"));
        String name = source.getFileName().toString();
        int dot = Files.isDirectory(source) ? -1 : name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            String trashed = n == 1 ? name : stem + "." + n + extension;
            Path infoFile = info.resolve(trashed + ".trashinfo");
            if (Files.exists(files.resolve(trashed), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                // Written first and exclusively: it reserves the name against another program trashing now.
                Files.writeString(infoFile, trashInfo(source), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            try {
                return Files.move(source, files.resolve(trashed), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(infoFile);
                throw e;
            }
        }
    }

    /** Deletes {@code target} for good, a folder with all it holds. */
    public static void deletePermanently(Path target) throws IOException {
        Files.walkFileTree(target, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    String trashInfo(Path source) {
        return "[Trash Info]\nPath=" + escape(source.toString()) + "\nDeletionDate="
                + DELETION_DATE.format(clock.get()) + "\n";
    }

    static String escape(String path) {
        StringBuilder s = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && UNESCAPED.indexOf(c) >= 0) {
                s.append(c);
            } else {
                s.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return s.toString();
    }

    private static Path ownerOnlyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                LOG.debug("{} has no POSIX permissions to set", folder);
            }
        }
        return folder;
    }

    private static boolean desktopTrash() {
        try {
            return java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.MOVE_TO_TRASH);
        } catch (RuntimeException e) {
            LOG.info("the desktop offers no trash: {}", e.toString());
            return false;
        }
    }
}
