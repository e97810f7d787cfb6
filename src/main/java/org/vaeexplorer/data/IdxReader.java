package org.vaeexplorer.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX format of the original MNIST distribution (LeCun et al.), gzipped or raw.
 *
 * <p>Header: two zero bytes, a type byte (0x08 = unsigned byte), a dimension count, then one big-endian int per
 * dimension. Images are {@code 0x00000803 count rows cols}, labels {@code 0x00000801 count}. Every header value is
 * checked before anything is allocated, and the pixel buffer grows with the data actually read, so a lying header
 * cannot make us allocate gigabytes.
 */
public final class IdxReader {
    static final int IMAGE_MAGIC = 0x00000803;
    static final int LABEL_MAGIC = 0x00000801;
    /** Larger than any image set we know of (EMNIST ByClass is ~547 MB) yet small enough to stay safe. */
    static final long MAX_PIXEL_BYTES = 1L << 30;
    static final int MAX_SIDE = 1024;
    private static final int INITIAL_BUFFER = 1 << 22;

    private IdxReader() {
    }

    /**
     * Images of one IDX file as unsigned bytes, row-major, {@code count * rows * cols} long; {@code declared} is
     * the header's count, which is more than {@code count} when only the first images were kept.
     */
    public record RawImages(int count, int rows, int cols, byte[] pixels, int declared) {
    }

    public static RawImages readImages(Path file) throws IOException {
        return readImages(describe(file), openFile(file), 0);
    }

    /** The first {@code limit} images (all when {@code limit <= 0}); the rest is read past, not kept. */
    public static RawImages readImages(Path file, int limit) throws IOException {
        return readImages(describe(file), openFile(file), limit);
    }

    public static int[] readLabels(Path file) throws IOException {
        return readLabels(describe(file), openFile(file));
    }

    /** Reads images from a stream named {@code file} in messages; closes the stream. */
    public static RawImages readImages(String file, InputStream stream) throws IOException {
        return readImages(file, stream, 0);
    }

    /**
     * Reads the first {@code limit} images (all when {@code limit <= 0}) from a stream named {@code file} in
     * messages; closes the stream. Only the kept images are allocated, so a training subset of a large file costs
     * the subset's memory; the rest is still read, to verify the file to its end.
     */
    public static RawImages readImages(String file, InputStream stream, int limit) throws IOException {
        try (DataInputStream in = open(file, stream)) {
            int magic = readHeaderInt(in, file, "magic number");
            if (magic != IMAGE_MAGIC) {
                throw new IdxFormatException(file + " is not an IDX image file: magic number "
                        + hex(magic) + ", expected " + hex(IMAGE_MAGIC) + wrongKindHint(magic, LABEL_MAGIC, "label"));
            }
            int count = readHeaderInt(in, file, "image count");
            int rows = readHeaderInt(in, file, "row count");
            int cols = readHeaderInt(in, file, "column count");
            if (count < 0 || rows <= 0 || cols <= 0 || rows > MAX_SIDE || cols > MAX_SIDE) {
                throw new IdxFormatException(file + " declares absurd dimensions: " + count + " images of "
                        + rows + "x" + cols + " pixels (sides must be 1.." + MAX_SIDE + ")");
            }
            long total = (long) count * rows * cols;
            if (total > MAX_PIXEL_BYTES) {
                throw new IdxFormatException(file + " declares " + count + " images of " + rows + "x" + cols
                        + " = " + total + " bytes, more than the " + MAX_PIXEL_BYTES + " this app will load");
            }
            int kept = limit > 0 ? Math.min(count, limit) : count;
            long image = (long) rows * cols;
            byte[] pixels = readExactly(in, (int) (kept * image), file, "pixel data of " + count + " images");
            skipExactly(in, (count - kept) * image, file, kept * image, total);
            requireEnd(in, file);
            return new RawImages(kept, rows, cols, pixels, count);
        }
    }

    /** Reads labels from a stream named {@code file} in messages; closes the stream. */
    public static int[] readLabels(String file, InputStream stream) throws IOException {
        try (DataInputStream in = open(file, stream)) {
            int magic = readHeaderInt(in, file, "magic number");
            if (magic != LABEL_MAGIC) {
                throw new IdxFormatException(file + " is not an IDX label file: magic number "
                        + hex(magic) + ", expected " + hex(LABEL_MAGIC) + wrongKindHint(magic, IMAGE_MAGIC, "image"));
            }
            int count = readHeaderInt(in, file, "label count");
            if (count < 0 || count > MAX_PIXEL_BYTES) {
                throw new IdxFormatException(file + " declares an absurd label count: " + count);
            }
            byte[] raw = readExactly(in, count, file, "labels");
            requireEnd(in, file);
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = raw[i] & 0xFF;
            }
            return labels;
        }
    }

    static InputStream openFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IdxFormatException(describe(file) + " does not exist or is not a file");
        }
        return Files.newInputStream(file);
    }

    /** {@link #open}, for {@link IdxDeclared}. */
    static DataInputStream openStream(String file, InputStream stream) throws IOException {
        return open(file, stream);
    }

    private static DataInputStream open(String file, InputStream stream) throws IOException {
        InputStream raw = new BufferedInputStream(stream, 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        boolean gzip = b0 == 0x1f && b1 == 0x8b;
        try {
            // No buffer above the gzip stream: a buffer's read loop would swallow the count of bytes it had
            // already inflated when the truncated stream throws, and the message must say how much was readable.
            InputStream body = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new DataInputStream(body);
        } catch (IOException e) {
            raw.close();
            throw new IdxFormatException(file + " looks gzipped but its gzip header is "
                    + (e instanceof java.io.EOFException ? "cut short: the file ends inside it" : "damaged: "
                    + e.getMessage()));
        }
    }

    private static int readHeaderInt(DataInputStream in, String file, String what) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new IdxFormatException(file + " is truncated: it ends inside the header (" + what + ")");
        }
    }

    /** Reads {@code n} bytes, growing the buffer only as data arrives. */
    private static byte[] readExactly(InputStream in, int n, String file, String what) throws IOException {
        byte[] buf = new byte[Math.min(n, INITIAL_BUFFER)];
        int filled = 0;
        try {
            while (filled < n) {
                if (filled == buf.length) {
                    buf = Arrays.copyOf(buf, (int) Math.min(n, 2L * buf.length));
                }
                int r = in.read(buf, filled, buf.length - filled);
                if (r < 0) {
                    throw new IdxFormatException(file + " is truncated: the header promises " + n
                            + " bytes of " + what + " but the file holds only " + filled);
                }
                filled += r;
            }
        } catch (java.util.zip.ZipException e) {
            throw new IdxFormatException(file + " is a damaged gzip file: " + e.getMessage());
        } catch (EOFException e) {
            throw new IdxFormatException(file + " is truncated: the compressed stream ends after "
                    + filled + " of " + n + " bytes of " + what);
        }
        return buf;
    }

    /** Reads past {@code n} bytes that are not kept; {@code done} and {@code total} are for the message. */
    private static void skipExactly(InputStream in, long n, String file, long done, long total) throws IOException {
        byte[] buf = new byte[1 << 16];
        long left = n;
        try {
            while (left > 0) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (r < 0) {
                    throw new IdxFormatException(file + " is truncated: the header promises " + total
                            + " bytes of pixel data but the file holds only " + (done + n - left));
                }
                left -= r;
            }
        } catch (java.util.zip.ZipException e) {
            throw new IdxFormatException(file + " is a damaged gzip file: " + e.getMessage());
        } catch (EOFException e) {
            throw new IdxFormatException(file + " is truncated: the compressed stream ends after "
                    + (done + n - left) + " of " + total + " bytes of pixel data");
        }
    }

    /**
     * Reads on to the end of the file. For a gzipped file this is what checks it: the gzip trailer's CRC-32 and
     * length are verified only when the stream is read to its end, so stopping at the header's byte count would
     * train on flipped bytes without a word. Data past what the header declares is refused too.
     */
    private static void requireEnd(InputStream in, String file) throws IOException {
        byte[] buf = new byte[1 << 12];
        long extra = 0;
        try {
            int r;
            while ((r = in.read(buf)) >= 0) {
                extra += r;
            }
        } catch (java.util.zip.ZipException e) {
            throw new IdxFormatException(file + " is a damaged gzip file: its checksum does not match its data ("
                    + e.getMessage() + ")");
        } catch (EOFException e) {
            throw new IdxFormatException(file + " is truncated: its gzip stream ends before its checksum");
        }
        if (extra > 0) {
            throw new IdxFormatException(file + " holds " + extra + " bytes more than its header declares");
        }
    }

    private static String wrongKindHint(int magic, int otherMagic, String otherKind) {
        return magic == otherMagic ? " (this is an IDX " + otherKind + " file)" : "";
    }

    private static String hex(int v) {
        return String.format("0x%08X", v);
    }

    static String describe(Path file) {
        return "'" + file.getFileName() + "'";
    }
}
