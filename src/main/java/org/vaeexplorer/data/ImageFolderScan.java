package org.vaeexplorer.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of pictures as listed, before any is read. Subfolders are classes, named after them (any script: the
 * names are kept as the file system gives them) and sorted by their UTF-16 text, which is the same on every machine
 * and in every language (a collator's order is not); a subfolder's own subfolders belong to its class. A folder
 * with no subfolder is unlabelled: one class, named after the folder. Names starting with a dot are left out (the
 * file managers' {@code .DS_Store} and the like), and so are the files beside the class folders of a labelled
 * folder (a README or a licence, usually): they belong to no class.
 */
final class ImageFolderScan {
    /** A candidate file, with what the cache key needs to notice a change: its size and time of last change. */
    record Entry(Path file, String relative, int label, long size, long modifiedMillis) {
    }

    private final Path folder;
    private final List<String> classNames;
    private final boolean labelled;
    private final List<Entry> entries;

    private ImageFolderScan(Path folder, List<String> classNames, boolean labelled, List<Entry> entries) {
        this.folder = folder;
        this.classNames = List.copyOf(classNames);
        this.labelled = labelled;
        this.entries = List.copyOf(entries);
    }

    static ImageFolderScan of(Path folder) throws IOException {
        List<Path> classDirs;
        try (Stream<Path> s = Files.list(folder)) {
            classDirs = s.filter(p -> !hidden(p) && Files.isDirectory(p))
                    .sorted((a, b) -> name(a).compareTo(name(b))).toList();
        }
        List<String> names = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        if (classDirs.isEmpty()) {
            names.add(name(folder));
            addFiles(folder, folder, 0, entries);
            return new ImageFolderScan(folder, names, false, entries);
        }
        for (Path dir : classDirs) {
            int before = entries.size();
            addFiles(folder, dir, names.size(), entries);
            if (entries.size() > before) {
                names.add(name(dir));
            }
        }
        return new ImageFolderScan(folder, names, true, entries);
    }

    private static void addFiles(Path root, Path dir, int label, List<Entry> into) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> !p.equals(dir) && !Files.isDirectory(p) && !hiddenBelow(dir, p)
                    && (!dir.equals(root) || p.getParent().equals(root))).toList();
        }
        List<Entry> found = new ArrayList<>();
        for (Path f : files) {
            found.add(entry(root, f, label));
        }
        found.sort((a, b) -> a.relative().compareTo(b.relative()));
        into.addAll(found);
    }

    private static Entry entry(Path root, Path file, int label) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Entry(file, relative, label, a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException unreadable) {
            // A broken link or a file gone since the listing: kept, and skipped as unreadable when it is read.
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                return new Entry(file, relative, label, -1, a.lastModifiedTime().toMillis());
            } catch (IOException gone) {
                return new Entry(file, relative, label, -1, -1);
            }
        }
    }

    private static boolean hiddenBelow(Path dir, Path p) {
        for (Path part : dir.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Path p) {
        return name(p).startsWith(".");
    }

    private static String name(Path p) {
        Path n = p.toAbsolutePath().normalize().getFileName();
        return n == null ? p.toString() : n.toString();
    }

    Path folder() {
        return folder;
    }

    List<String> classNames() {
        return classNames;
    }

    boolean labelled() {
        return labelled;
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * SHA-256 over each file's relative path, size and time of last change, and {@code options}: what the cache is
     * keyed by, so a second open needs only the listing and a file added, removed or rewritten is noticed without
     * reading any picture. (A file rewritten with the same size and its old time restored is not; the contents'
     * checksums, taken while converting, are recorded with the converted set.)
     */
    String fingerprint(String options) {
        MessageDigest d = sha256();
        d.update(("image-folder v1\n" + options + "\n").getBytes(StandardCharsets.UTF_8));
        for (Entry e : entries) {
            d.update((e.relative() + "\0" + e.size() + "\0" + e.modifiedMillis() + "\0" + e.label() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
