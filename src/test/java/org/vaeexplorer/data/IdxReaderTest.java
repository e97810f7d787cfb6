package org.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsRawAndGzippedImagesIdentically() throws IOException {
        byte[] raw = IdxFiles.images(3, 4, 5);
        IdxReader.RawImages a = IdxReader.readImages(IdxFiles.write(dir, "a-idx3-ubyte", raw));
        IdxReader.RawImages b = IdxReader.readImages(IdxFiles.write(dir, "b-idx3-ubyte.gz", IdxFiles.gzip(raw)));
        assertEquals(3, a.count());
        assertEquals(4, a.rows());
        assertEquals(5, a.cols());
        assertArrayEquals(Arrays.copyOfRange(raw, 16, raw.length), a.pixels());
        assertArrayEquals(a.pixels(), b.pixels());
    }

    @Test
    void readsLabelsAsUnsignedValues() throws IOException {
        int[] labels = IdxReader.readLabels(IdxFiles.write(dir, "l", IdxFiles.labels(IdxReader.LABEL_MAGIC, 0, 9, 200)));
        assertArrayEquals(new int[] {0, 9, 200}, labels);
    }

    @Test
    void labelFileOpenedAsImagesNamesBothMagicNumbers() throws IOException {
        Path f = IdxFiles.write(dir, "labels.gz", IdxFiles.gzip(IdxFiles.labels(IdxReader.LABEL_MAGIC, 1, 2)));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
        assertTrue(e.getMessage().contains("0x00000801") && e.getMessage().contains("0x00000803"), e.getMessage());
        assertTrue(e.getMessage().contains("label file"), e.getMessage());
    }

    @Test
    void foreignFileHasWrongMagic() throws IOException {
        Path f = IdxFiles.write(dir, "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 1, 2, 3});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(f));
        assertTrue(e.getMessage().contains("not an IDX label file"), e.getMessage());
    }

    @Test
    void truncatedHeaderIsReported() throws IOException {
        byte[] whole = IdxFiles.images(2, 3, 3);
        Path f = IdxFiles.write(dir, "short", Arrays.copyOf(whole, 10));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("header"), e.getMessage());
    }

    @Test
    void truncatedPixelDataIsReportedRawAndGzipped() throws IOException {
        byte[] shortData = IdxFiles.images(IdxReader.IMAGE_MAGIC, 10, 28, 28, 500);
        Path raw = IdxFiles.write(dir, "raw", shortData);
        Path gz = IdxFiles.write(dir, "gz.gz", IdxFiles.gzip(shortData));
        for (Path f : new Path[] {raw, gz}) {
            IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
            assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("7840"), e.getMessage());
        }
    }

    @Test
    void gzipCutOffMidStreamIsReported() throws IOException {
        byte[] gz = IdxFiles.gzip(IdxFiles.images(50, 28, 28));
        Path f = IdxFiles.write(dir, "cut.gz", Arrays.copyOf(gz, gz.length / 2));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
        assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aTruncatedGzipReportsTheBytesThatWereReadable() throws IOException {
        int count = 2000;
        byte[] gz = IdxFiles.gzip(IdxFiles.images(count, 28, 28));
        Path half = IdxFiles.write(dir, "half-images-idx3-ubyte.gz", Arrays.copyOf(gz, gz.length / 2));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(half));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("after (\\d+) of (\\d+) bytes")
                .matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        long read = Long.parseLong(m.group(1));
        assertEquals(count * 28L * 28, Long.parseLong(m.group(2)));
        assertTrue(read > count * 28L * 28 / 4 && read < count * 28L * 28, "half the file was readable: "
                + e.getMessage());
    }

    @Test
    void absurdDimensionsAreRefusedBeforeAllocating() throws IOException {
        Path zeroRows = IdxFiles.write(dir, "z", IdxFiles.images(IdxReader.IMAGE_MAGIC, 1, 0, 28, 0));
        Path hugeSide = IdxFiles.write(dir, "h", IdxFiles.images(IdxReader.IMAGE_MAGIC, 1, 100_000, 28, 0));
        Path negative = IdxFiles.write(dir, "n", IdxFiles.images(IdxReader.IMAGE_MAGIC, -5, 28, 28, 0));
        for (Path f : new Path[] {zeroRows, hugeSide, negative}) {
            IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
            assertTrue(e.getMessage().contains("absurd"), e.getMessage());
        }
    }

    @Test
    void hugeDeclaredCountIsRefusedNotAllocated() throws IOException {
        // 2 billion images of 1024x1024 would be ~2 PB: must be refused from the header alone.
        Path f = IdxFiles.write(dir, "big", IdxFiles.images(IdxReader.IMAGE_MAGIC, 2_000_000_000, 1024, 1024, 16));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
        assertTrue(e.getMessage().contains("more than"), e.getMessage());
    }

    @Test
    void plausibleButLyingHeaderDoesNotAllocateTheDeclaredSize() throws IOException {
        // Declares ~900 MB but holds 100 bytes: the reader must fail on truncation, growing its buffer only as data
        // arrives (an up-front allocation of 900 MB would exceed the test JVM's heap budget here).
        Path f = IdxFiles.write(dir, "liar", IdxFiles.images(IdxReader.IMAGE_MAGIC, 1_150_000, 28, 28, 100));
        long before = usedHeap();
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(usedHeap() - before < 200L << 20, "reader allocated far more than the data it read");
    }

    @Test
    void missingFileIsReported() {
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxReader.readImages(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @Test
    void aGzipWhoseDataWasChangedIsRefusedByItsChecksum() throws IOException {
        // A gzip whose stored blocks hold the pixels as they are: a flipped pixel byte still inflates, and only
        // the CRC-32 in the trailer, read at the end of the stream, tells.
        byte[] raw = IdxFiles.images(40, 28, 28);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.util.zip.Deflater stored = new java.util.zip.Deflater(java.util.zip.Deflater.NO_COMPRESSION, true);
        try (var gz = new java.util.zip.GZIPOutputStream(bytes) {
            {
                def.end();
                def = stored;
            }
        }) {
            gz.write(raw);
        }
        byte[] gz = bytes.toByteArray();
        Path good = IdxFiles.write(dir, "good.gz", gz);
        assertEquals(40, IdxReader.readImages(good).count(), "the untouched file reads");
        gz[gz.length / 2] ^= 0x55;
        gz[gz.length / 2 + 1] ^= 0x55;
        Path flipped = IdxFiles.write(dir, "flipped.gz", gz);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(flipped));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
        assertTrue(e.getMessage().contains("flipped.gz"), e.getMessage());
    }

    @Test
    void dataBeyondWhatTheHeaderDeclaresIsRefused() throws IOException {
        byte[] raw = IdxFiles.images(IdxReader.IMAGE_MAGIC, 2, 3, 3, 2 * 9 + 5);
        Path f = IdxFiles.write(dir, "longer", raw);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
        assertTrue(e.getMessage().contains("5 bytes more"), e.getMessage());
    }
}
