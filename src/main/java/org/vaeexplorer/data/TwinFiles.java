package org.vaeexplorer.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A folder may hold a file both raw and gzipped ({@code train-images-idx3-ubyte} and {@code …ubyte.gz}), as
 * after unpacking a download beside the archive. Either is used when they hold the same data; when they differ,
 * which one is meant cannot be guessed, so the folder is refused, naming both.
 */
final class TwinFiles {
    private TwinFiles() {
    }

    static void requireAgreement(Path file, List<Path> folder) throws IOException {
        String name = file.getFileName().toString();
        Path twin = file.resolveSibling(name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name + ".gz");
        if (!folder.contains(twin)) {
            return;
        }
        Path raw = name.endsWith(".gz") ? twin : file;
        Path gz = name.endsWith(".gz") ? file : twin;
        if (!sameData(raw, gz)) {
            throw new IdxFormatException(IdxReader.describe(raw) + " and " + IdxReader.describe(gz) + " in '"
                    + file.toAbsolutePath().getParent() + "' hold different data; remove the one you do not mean");
        }
    }

    private static boolean sameData(Path raw, Path gz) throws IOException {
        try (InputStream a = new BufferedInputStream(Files.newInputStream(raw), 1 << 16);
             InputStream b = new GZIPInputStream(Files.newInputStream(gz), 1 << 16)) {
            byte[] x = new byte[1 << 16];
            byte[] y = new byte[1 << 16];
            while (true) {
                int n = a.readNBytes(x, 0, x.length);
                int m = b.readNBytes(y, 0, y.length);
                if (n != m || !Arrays.equals(x, 0, n, y, 0, m)) {
                    return false;
                }
                if (n < x.length) {
                    return true;
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException damaged) {
            // A damaged archive does not hold what the raw file holds.
            return false;
        }
    }
}
