package org.vaeexplorer.data;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an IDX file's header declares, read without its body. A gzipped file of a few megabytes can declare a
 * billion labels or a million images and hold them honestly; the reader would allocate all of it before the
 * splits' counts are compared. Declared counts are compared with each other, and with the file's length (for
 * gzip the trailer's record of the unpacked length), before anything is allocated.
 *
 * @param bytes the length the header implies for the whole unpacked file
 */
record IdxDeclared(String file, int count, long bytes) {
    private static final int GZIP_MAGIC = 0x8b1f;

    /** The header's declaration, or null when the header is not a well-formed one (the reader says why). */
    static IdxDeclared of(Path file, boolean images) throws IOException {
        try (InputStream stream = IdxReader.openFile(file);
             DataInputStream in = IdxReader.openStream(IdxReader.describe(file), stream)) {
            int magic = in.readInt();
            int count = in.readInt();
            if (magic != (images ? IdxReader.IMAGE_MAGIC : IdxReader.LABEL_MAGIC) || count < 0) {
                return null;
            }
            long each = 1;
            int header = 8;
            if (images) {
                int rows = in.readInt();
                int cols = in.readInt();
                if (rows <= 0 || cols <= 0) {
                    return null;
                }
                each = (long) rows * cols;
                header = 16;
            }
            return new IdxDeclared(IdxReader.describe(file), count, header + count * each);
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            return null;
        }
    }

    /** Refuses a file whose length says its header lies, before its body is read. */
    void requireLength(Path file) throws IOException {
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            int first = size >= 2 ? (raf.read() | raf.read() << 8) : -1;
            if (first != GZIP_MAGIC) {
                if (size < bytes) {
                    throw new IdxFormatException(this.file + " is truncated: its header declares " + count
                            + " entries (" + bytes + " bytes) but the file holds only " + size + " bytes");
                }
                return;
            }
            if (size < 18) {
                return;
            }
            raf.seek(size - 4);
            long unpacked = Integer.toUnsignedLong(Integer.reverseBytes(raf.readInt()));
            if (unpacked != (bytes & 0xFFFF_FFFFL)) {
                throw new IdxFormatException(this.file + ": its header declares " + count + " entries (" + bytes
                        + " bytes) but its gzip trailer records " + unpacked + " bytes; the file is truncated,"
                        + " damaged or its header is wrong");
            }
        }
    }

    /** The images and labels of one split must declare the same count. */
    static void requireSameCount(IdxDeclared images, IdxDeclared labels) throws IdxFormatException {
        if (images != null && labels != null && images.count != labels.count) {
            throw new IdxFormatException(images.file + " holds " + images.count + " images but " + labels.file
                    + " holds " + labels.count + " labels; they must be the same count");
        }
    }
}
