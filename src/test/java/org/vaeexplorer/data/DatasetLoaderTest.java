package org.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {
    @TempDir
    Path dir;

    @Test
    void bundledMnistIsLeCunsOriginalSplit() throws IOException {
        LabelledSplits mnist = DatasetLoader.loadBundled(BundledDataset.MNIST);
        assertEquals(60000, mnist.train().size());
        assertEquals(10000, mnist.test().size());
        assertEquals(28, mnist.rows());
        assertEquals(10, mnist.train().numClasses());
        // The per-class counts of the original files (LeCun's page; the dataset README).
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949},
                perClass(mnist.train()));
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}, perClass(mnist.test()));
    }

    /** What a checkpoint records as its data: the same SHA-256 values as the bundle's own SHA256SUMS. */
    @Test
    void loadingRecordsEachFilesSha256AsSha256sumPrintsIt() throws IOException {
        java.util.Map<String, String> expected = new java.util.TreeMap<>();
        for (String line : java.nio.file.Files.readAllLines(Path.of("assets/datasets/SHA256SUMS"))) {
            String[] parts = line.split("\\s+");
            if (parts[1].startsWith("mnist/")) {
                expected.put(parts[1].substring("mnist/".length()), parts[0]);
            }
        }
        assertEquals(4, expected.size());
        assertEquals(expected, DatasetLoader.load("mnist", 100, 100).fileSha256());

        writeFolder(5, 5, 3, 3, false);
        java.util.Map<String, String> folder = DatasetLoader.loadPath(dir).fileSha256();
        assertEquals(4, folder.size());
        for (var e : folder.entrySet()) {
            assertEquals(sha256(dir.resolve(e.getKey())), e.getValue(), e.getKey());
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.nio.file.Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static int[] perClass(ImageDataset split) {
        int[] counts = new int[split.numClasses()];
        for (int i = 0; i < split.size(); i++) {
            counts[split.label(i)]++;
        }
        return counts;
    }

    @Test
    void bundledFashionMnistIsComplete() throws IOException {
        LabelledSplits fashion = DatasetLoader.load("fashion-mnist");
        assertEquals(60000, fashion.train().size());
        assertEquals(10000, fashion.test().size());
        assertEquals("Sneaker", fashion.train().classNames().get(7));
    }

    @Test
    void pixelsAreScaledToUnitIntervalAndBinarisedAtOneHalf() throws IOException {
        ImageDataset test = DatasetLoader.loadBundled(BundledDataset.MNIST).test();
        float[] grey = test.image(0, PixelScaling.GREY);
        float[] bin = test.image(0, PixelScaling.BINARIZED);
        float max = 0;
        boolean hasMidGrey = false;
        for (int i = 0; i < grey.length; i++) {
            assertTrue(grey[i] >= 0 && grey[i] <= 1);
            assertEquals(grey[i] > 0.5f ? 1f : 0f, bin[i]);
            max = Math.max(max, grey[i]);
            hasMidGrey |= grey[i] > 0.1f && grey[i] < 0.9f;
        }
        assertEquals(1f, max, 1e-6);
        assertTrue(hasMidGrey, "grey levels were lost");
    }

    @Test
    void folderWithStandardT10kNamesOpens() throws IOException {
        writeFolder(5, 5, 3, 3, false);
        LabelledSplits s = DatasetLoader.loadPath(dir);
        assertEquals(5, s.train().size());
        assertEquals(3, s.test().size());
        assertEquals(dir.getFileName().toString(), s.name());
    }

    @Test
    void pickingOneFileFindsItsSiblings() throws IOException {
        writeFolder(4, 4, 2, 2, true);
        LabelledSplits s = DatasetLoader.loadPath(dir.resolve("train-images-idx3-ubyte.gz"));
        assertEquals(4, s.train().size());
    }

    @Test
    void imageAndLabelCountsMustAgree() throws IOException {
        writeFolder(5, 4, 3, 3, false);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.loadPath(dir));
        assertTrue(e.getMessage().contains("5 images") && e.getMessage().contains("4 labels"), e.getMessage());
    }

    @Test
    void missingTestFilesAreNamed() throws IOException {
        IdxFiles.write(dir, "train-images-idx3-ubyte", IdxFiles.images(2, 28, 28));
        IdxFiles.write(dir, "train-labels-idx1-ubyte", IdxFiles.labels(IdxReader.LABEL_MAGIC, 0, 1));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.loadPath(dir));
        assertTrue(e.getMessage().contains("no test images file"), e.getMessage());
    }

    @Test
    void classNamesFollowTheDataset() {
        assertEquals(DatasetLoader.FASHION_CLASSES, DatasetLoader.classNamesFor("my-fashion-copy", 10));
        assertEquals(DatasetLoader.DIGITS, DatasetLoader.classNamesFor("kmnist", 10));
        assertEquals("class 46", DatasetLoader.classNamesFor("emnist-balanced", 47).get(46));
    }

    @Test
    void aFolderWithNoImagesIsRefusedWhenLoaded() throws IOException {
        writeFolder(0, 0, 0, 0, true);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.loadPath(dir));
        assertTrue(e.getMessage().contains("holds no images"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void anUnknownIdThatIsNoPathListsTheBundledIds() {
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> DatasetLoader.load(dir.resolve("fashion").toString()));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("mnist, fashion-mnist"), e.getMessage());
        assertTrue(!e.getMessage().contains("no training images file"), e.getMessage());
    }

    @Test
    void aStrayLabelFarAboveTheRestIsRefusedAndOneBasedLabelsLoad() throws IOException {
        write("train-images-idx3-ubyte", IdxFiles.images(4, 28, 28), false);
        write("t10k-images-idx3-ubyte", IdxFiles.images(2, 28, 28), false);
        write("train-labels-idx1-ubyte", IdxFiles.labels(IdxReader.LABEL_MAGIC, 0, 1, 2, 200), false);
        write("t10k-labels-idx1-ubyte", IdxFiles.labels(IdxReader.LABEL_MAGIC, 1, 2), false);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.loadPath(dir));
        assertTrue(e.getMessage().contains("go up to 200") && e.getMessage().contains("0..N-1"), e.getMessage());

        write("train-labels-idx1-ubyte", IdxFiles.labels(IdxReader.LABEL_MAGIC, 1, 2, 3, 3), false);
        LabelledSplits oneBased = DatasetLoader.loadPath(dir);
        assertEquals(4, oneBased.train().numClasses(), "classes 0..3, class 0 empty");
    }

    @Test
    void imagesSmallerThanTheSupportedSizeAreRefusedWithTheRange() throws IOException {
        write("train-images-idx3-ubyte", IdxFiles.images(4, 1, 1), false);
        write("t10k-images-idx3-ubyte", IdxFiles.images(2, 1, 1), false);
        write("train-labels-idx1-ubyte", IdxFiles.labels(IdxReader.LABEL_MAGIC, 0, 1, 0, 1), false);
        write("t10k-labels-idx1-ubyte", IdxFiles.labels(IdxReader.LABEL_MAGIC, 1, 0), false);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.loadPath(dir));
        assertTrue(e.getMessage().contains("1x1") && e.getMessage().contains("4x4 to 1024x1024"), e.getMessage());
        write("train-images-idx3-ubyte", IdxFiles.images(4, 13, 17), false);
        write("t10k-images-idx3-ubyte", IdxFiles.images(2, 13, 17), false);
        assertEquals(17, DatasetLoader.loadPath(dir).cols(), "odd sizes are fine for the MLP");
    }

    @Test
    void aTrainingSubsetKeepsOnlyItsImagesInMemoryButTheDatasetsClasses() throws IOException {
        LabelledSplits subset = DatasetLoader.load("mnist", 500, 100);
        assertEquals(500, subset.train().size());
        assertEquals(100, subset.test().size());
        assertEquals(10, subset.train().numClasses());
        LabelledSplits whole = DatasetLoader.loadBundled(BundledDataset.MNIST);
        assertArrayEquals(whole.train().image(499, PixelScaling.GREY), subset.train().image(499, PixelScaling.GREY),
                "the subset is the first images");
        assertEquals(whole.test().label(99), subset.test().label(99));

        // A large file read for ten images allocates ten images, and is still checked to its end.
        Path big = IdxFiles.write(dir, "big-images.gz", IdxFiles.gzip(IdxFiles.images(2000, 128, 128)));
        IdxReader.RawImages ten = IdxReader.readImages(big, 10);
        assertEquals(10 * 128 * 128, ten.pixels().length);
        assertEquals(2000, ten.declared());
        byte[] cut = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(big),
                (int) java.nio.file.Files.size(big) / 2);
        Path truncated = IdxFiles.write(dir, "cut-images.gz", cut);
        assertThrows(IdxFormatException.class, () -> IdxReader.readImages(truncated, 10),
                "a file cut short is refused even when only its first images are kept");
    }

    @Test
    void rawAndGzippedTrainImagesThatDifferAreRefusedNamingBothAndLoadWhenTheyAgree() throws IOException {
        writeFolder(4, 4, 2, 2, false);
        write("train-images-idx3-ubyte.gz", IdxFiles.images(4, 28, 28), true);
        assertEquals(4, DatasetLoader.loadPath(dir).train().size(), "the same data twice is fine");
        byte[] other = IdxFiles.images(4, 28, 28);
        other[other.length - 1] ^= 1;
        write("train-images-idx3-ubyte.gz", other, true);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.loadPath(dir));
        assertTrue(e.getMessage().contains("'train-images-idx3-ubyte'")
                && e.getMessage().contains("'train-images-idx3-ubyte.gz'"), e.getMessage());
    }

    @Test
    void trainAndTestImagesOfDifferentSizesNameTheFolderAndBothFiles() throws IOException {
        write("train-images-idx3-ubyte", IdxFiles.images(2, 28, 28), false);
        write("train-labels-idx1-ubyte", IdxFiles.labels(IdxReader.LABEL_MAGIC, 0, 1), false);
        write("t10k-images-idx3-ubyte", IdxFiles.images(2, 32, 32), false);
        write("t10k-labels-idx1-ubyte", IdxFiles.labels(IdxReader.LABEL_MAGIC, 0, 1), false);
        IOException e = assertThrows(IOException.class, () -> DatasetLoader.loadPath(dir));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("'t10k-images-idx3-ubyte'")
                && e.getMessage().contains("32x32"), e.getMessage());
    }

    @Test
    void aFileOfOnlyTheGzipMagicSaysItIsCutShort() throws IOException {
        Path magic = IdxFiles.write(dir, "magic-only.gz", new byte[] {0x1f, (byte) 0x8b});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(magic));
        assertTrue(e.getMessage().contains("'magic-only.gz'") && e.getMessage().contains("cut short")
                && !e.getMessage().contains("null"), e.getMessage());
    }

    @Test
    void aTestSplitOfMoreImagesThanTheDefaultBoundKeepsTheFirstOnesUnlessALimitIsGiven() throws IOException {
        int many = DatasetLoader.DEFAULT_TEST_LIMIT + 5_000;
        write("train-images-idx3-ubyte", IdxFiles.images(2, 4, 4), true);
        write("train-labels-idx1-ubyte", IdxFiles.labels(IdxReader.LABEL_MAGIC, 0, 1), true);
        write("t10k-images-idx3-ubyte", IdxFiles.images(many, 4, 4), true);
        write("t10k-labels-idx1-ubyte", IdxFiles.labels(IdxReader.LABEL_MAGIC, new int[many]), true);
        assertEquals(DatasetLoader.DEFAULT_TEST_LIMIT, DatasetLoader.loadPath(dir).test().size());
        assertEquals(100, DatasetLoader.loadPath(dir, 0, 100).test().size());
        assertEquals(many, DatasetLoader.loadPath(dir, 0, many).test().size(), "a larger limit given is kept");
    }

    @Test
    void aSmallFileDeclaringFiftyMillionLabelsIsRefusedBeforeItsLabelsAreAllocated() throws IOException {
        int labels = 50_000_000;
        write("train-images-idx3-ubyte", IdxFiles.images(2, 4, 4), true);
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(gz))) {
            out.writeInt(IdxReader.LABEL_MAGIC);
            out.writeInt(labels);
            out.write(new byte[labels]);
        }
        IdxFiles.write(dir, "train-labels-idx1-ubyte.gz", gz.toByteArray());
        write("t10k-images-idx3-ubyte", IdxFiles.images(2, 4, 4), true);
        write("t10k-labels-idx1-ubyte", IdxFiles.labels(IdxReader.LABEL_MAGIC, 0, 1), true);
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.loadPath(dir));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(e.getMessage().contains("2 images") && e.getMessage().contains(labels + " labels"),
                e.getMessage());
        assertTrue(allocated < 16L << 20, (allocated >> 20) + " MB allocated for a " + (gz.size() >> 10)
                + " KB file");
    }

    @Test
    void aGzipWhoseHeaderDeclaresMoreThanItsTrailerRecordsIsRefusedUnread() throws IOException {
        writeFolder(4, 4, 2, 2, true);
        byte[] lying = IdxFiles.images(4, 28, 28);
        lying[7] = 40; // now declares 40 images; the data holds 4
        write("train-images-idx3-ubyte.gz", lying, true);
        write("train-labels-idx1-ubyte.gz", IdxFiles.labels(IdxReader.LABEL_MAGIC, new int[40]), true);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.loadPath(dir));
        assertTrue(e.getMessage().contains("gzip trailer") && e.getMessage().contains("'train-images-idx3-ubyte.gz'"),
                e.getMessage());
    }

    private void writeFolder(int trainImages, int trainLabels, int testImages, int testLabels, boolean gz)
            throws IOException {
        String ext = gz ? ".gz" : "";
        write("train-images-idx3-ubyte" + ext, IdxFiles.images(trainImages, 28, 28), gz);
        write("train-labels-idx1-ubyte" + ext, IdxFiles.labels(IdxReader.LABEL_MAGIC, new int[trainLabels]), gz);
        write("t10k-images-idx3-ubyte" + ext, IdxFiles.images(testImages, 28, 28), gz);
        write("t10k-labels-idx1-ubyte" + ext, IdxFiles.labels(IdxReader.LABEL_MAGIC, new int[testLabels]), gz);
    }

    private void write(String name, byte[] content, boolean gz) throws IOException {
        IdxFiles.write(dir, name, gz ? IdxFiles.gzip(content) : content);
    }
}
