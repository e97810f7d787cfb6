package org.vaeexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads train/test splits: the bundled datasets from the class path, or a user's folder of IDX files named the
 * standard way ({@code train-images-idx3-ubyte[.gz]}, {@code t10k-…} or {@code test-…}, also with a prefix such as
 * EMNIST's {@code emnist-balanced-train-images-idx3-ubyte}).
 */
public final class DatasetLoader {
    public static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    public static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /**
     * The test images a folder's split keeps when no test limit is given: 20,000, twice MNIST's 10,000, so that
     * a small file declaring a million test images cannot take gigabytes (a limit given explicitly is kept).
     */
    public static final int DEFAULT_TEST_LIMIT = 20_000;

    /** Smaller images train nothing worth seeing (and a single pixel breaks ND4J's [B, 1] shapes). */
    static final int MIN_SIDE = 4;

    private DatasetLoader() {
    }

    /**
     * A bundled dataset by id ({@code mnist}, {@code fashion-mnist}), the generated colour shapes ({@code shapes}),
     * or else a folder or file path: a folder of IDX files, or a folder of pictures ({@link PictureFolderSource},
     * converted once and cached); any may end in {@code :} and class numbers to keep only those
     * ({@link DatasetSource}).
     */
    public static LabelledSplits load(String idOrPath) throws IOException {
        return load(idOrPath, 0, 0);
    }

    /**
     * Only the first {@code trainLimit} training and {@code testLimit} test images (all when 0) are kept in
     * memory: a run on a subset of a large file costs the subset. Labels are read whole (a byte each), so the
     * classes are the dataset's, not the subset's. A class selection applies after the limits (they count the
     * file's images).
     */
    public static LabelledSplits load(String idOrPath, int trainLimit, int testLimit) throws IOException {
        DatasetSource source = DatasetSource.parse(idOrPath);
        Optional<BundledDataset> bundled = BundledDataset.byId(source.base());
        if (bundled.isPresent()) {
            return source.apply(loadBundled(bundled.get(), trainLimit, testLimit));
        }
        Optional<LabelledSplits> pictures = PictureFolderSource.load(source.base(), trainLimit, testLimit);
        return source.apply(pictures.isPresent() ? pictures.get()
                : loadPath(Path.of(source.base()), trainLimit, testLimit));
    }

    public static LabelledSplits loadBundled(BundledDataset dataset) throws IOException {
        return loadBundled(dataset, 0, 0);
    }

    static LabelledSplits loadBundled(BundledDataset dataset, int trainLimit, int testLimit) throws IOException {
        FileDigests digests = new FileDigests();
        ImageDataset train = bundledSplit(dataset, true, trainLimit, digests);
        ImageDataset test = bundledSplit(dataset, false, testLimit, digests);
        return new LabelledSplits(dataset.id(), train, test, digests.sha256());
    }

    /** A bundled dataset's test split alone: what exploring a model needs, a sixth of the bytes of both splits. */
    public static ImageDataset loadBundledTest(BundledDataset dataset) throws IOException {
        return bundledSplit(dataset, false, 0, new FileDigests());
    }

    private static ImageDataset bundledSplit(BundledDataset dataset, boolean train, int limit, FileDigests digests)
            throws IOException {
        String images = dataset.file(train, true);
        String labels = dataset.file(train, false);
        return split(dataset.id(), dataset.classNames(),
                IdxReader.readImages(images, digests.track(images, resource(dataset, images)), limit),
                IdxReader.readLabels(labels, digests.track(labels, resource(dataset, labels))), images, labels);
    }

    /** A folder holding the four IDX files, or any one of them (its siblings are found by name). */
    public static LabelledSplits loadPath(Path path) throws IOException {
        return loadPath(path, 0, 0);
    }

    static LabelledSplits loadPath(Path path, int trainLimit, int testLimit) throws IOException {
        if (!Files.exists(path)) {
            throw new IdxFormatException("'" + path + "' does not exist: give a folder of IDX files or one of the"
                    + " bundled datasets (" + bundledIds() + ")");
        }
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IdxFormatException("'" + path + "' is neither a folder nor a file in one");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Path trainImages = find(files, dir, true, true);
        Path trainLabels = find(files, dir, true, false);
        Path testImages = find(files, dir, false, true);
        Path testLabels = find(files, dir, false, false);
        String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        requireHonestHeaders(trainImages, trainLabels);
        requireHonestHeaders(testImages, testLabels);
        testLimit = testLimit > 0 ? testLimit : DEFAULT_TEST_LIMIT;
        FileDigests digests = new FileDigests();
        int[] trainL = IdxReader.readLabels(IdxReader.describe(trainLabels), tracked(digests, trainLabels));
        int[] testL = IdxReader.readLabels(IdxReader.describe(testLabels), tracked(digests, testLabels));
        requireContiguousLabels(describeLabels(trainLabels, testLabels), trainL, testL);
        List<String> classes = classNamesFor(name, Math.max(max(trainL), max(testL)) + 1);
        ImageDataset train = split(name, classes, IdxReader.readImages(IdxReader.describe(trainImages),
                tracked(digests, trainImages), trainLimit), trainL,
                IdxReader.describe(trainImages), IdxReader.describe(trainLabels));
        ImageDataset test = split(name, classes, IdxReader.readImages(IdxReader.describe(testImages),
                tracked(digests, testImages), testLimit), testL,
                IdxReader.describe(testImages), IdxReader.describe(testLabels));
        if (train.rows() != test.rows() || train.cols() != test.cols()) {
            throw new IdxFormatException("'" + dir + "': " + IdxReader.describe(trainImages) + " holds images of "
                    + train.rows() + "x" + train.cols() + " pixels but " + IdxReader.describe(testImages) + " of "
                    + test.rows() + "x" + test.cols() + "; both splits must have the same size");
        }
        return new LabelledSplits(name, train, test, digests.sha256());
    }

    /** Counts compared with each other and with the files' lengths before any body is read. */
    private static void requireHonestHeaders(Path images, Path labels) throws IOException {
        IdxDeclared i = IdxDeclared.of(images, true);
        IdxDeclared l = IdxDeclared.of(labels, false);
        IdxDeclared.requireSameCount(i, l);
        if (i != null) {
            i.requireLength(images);
        }
        if (l != null) {
            l.requireLength(labels);
        }
    }

    private static InputStream tracked(FileDigests digests, Path file) throws IOException {
        return digests.track(file.getFileName().toString(), IdxReader.openFile(file));
    }

    /**
     * Class numbers must run 0..N-1; one unused number is allowed, so 1-based labels (EMNIST letters: 1..26) load
     * with an empty class 0. A stray label far above the rest would otherwise make a class per number up to it.
     */
    static void requireContiguousLabels(String files, int[] train, int[] test) throws IdxFormatException {
        int top = Math.max(max(train), max(test));
        boolean[] used = new boolean[top + 1];
        for (int[] labels : List.of(train, test)) {
            for (int l : labels) {
                used[l] = true;
            }
        }
        List<Integer> unused = new ArrayList<>();
        for (int c = 0; c <= top; c++) {
            if (!used[c]) {
                unused.add(c);
            }
        }
        if (unused.size() > 1) {
            throw new IdxFormatException(files + ": the labels go up to " + top + " but " + unused.size()
                    + " class numbers below that have no images (" + unused.get(0) + ", " + unused.get(1)
                    + (unused.size() > 2 ? ", …" : "") + "); labels must be 0..N-1 (or 1..N)");
        }
    }

    private static String describeLabels(Path train, Path test) {
        return IdxReader.describe(train) + " and " + IdxReader.describe(test);
    }

    /**
     * Whether {@code id} names a dataset this program draws itself ({@link ColourShapes}, the {@link SpriteSpace}
     * sprites) rather than one read from files: it names no files, and it is the same on every machine.
     */
    public static boolean isGenerated(String id) {
        return ColourShapes.ID.equals(id) || SpriteSpace.byId(id).isPresent();
    }

    /** The bundled datasets' ids, comma-separated, for messages. */
    public static String bundledIds() {
        List<String> ids = new ArrayList<>(Arrays.stream(BundledDataset.values()).map(BundledDataset::id).toList());
        ids.add(ColourShapes.ID);
        ids.add(SpriteSpace.FULL.id());
        ids.add(SpriteSpace.SMALL.id());
        return String.join(", ", ids);
    }

    static List<String> classNamesFor(String datasetName, int count) {
        String n = datasetName.toLowerCase(Locale.ROOT);
        if (n.contains("fashion") && count <= FASHION_CLASSES.size()) {
            return FASHION_CLASSES;
        }
        if (count <= DIGITS.size()) {
            return DIGITS.subList(0, Math.max(count, 1));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.max(count, 1); i++) {
            names.add("class " + i);
        }
        return names;
    }

    private static ImageDataset split(String name, List<String> classes, IdxReader.RawImages images, int[] labels,
                                      String imagesFile, String labelsFile) throws IdxFormatException {
        if (images.declared() == 0) {
            throw new IdxFormatException(imagesFile + " holds no images; a dataset needs at least one training and"
                    + " one test image");
        }
        if (images.rows() < MIN_SIDE || images.cols() < MIN_SIDE) {
            throw new IdxFormatException(imagesFile + " holds images of " + images.rows() + "x" + images.cols()
                    + " pixels; VAE Explorer trains on images of " + MIN_SIDE + "x" + MIN_SIDE + " to "
                    + IdxReader.MAX_SIDE + "x" + IdxReader.MAX_SIDE + " pixels (the conv net: sides divisible by 4)");
        }
        if (images.declared() != labels.length) {
            throw new IdxFormatException(imagesFile + " holds " + images.declared() + " images but " + labelsFile
                    + " holds " + labels.length + " labels; they must be the same count");
        }
        labels = images.count() < labels.length ? Arrays.copyOf(labels, images.count()) : labels;
        for (int l : labels) {
            if (l >= classes.size()) {
                throw new IdxFormatException(labelsFile + " has label " + l + " but the dataset has only "
                        + classes.size() + " classes");
            }
        }
        return new ImageDataset(name, images.rows(), images.cols(), images.pixels(), labels, classes);
    }

    private static Path find(List<Path> files, Path dir, boolean train, boolean images) throws IOException {
        String kind = images ? "images" : "labels";
        for (Path f : files) {
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean isTrain = n.contains("train");
            boolean isTest = n.contains("t10k") || n.contains("test");
            boolean kindMatches = n.contains(images ? "images" : "labels") || n.contains(images ? "idx3" : "idx1");
            if (kindMatches && (train ? isTrain : isTest && !isTrain)) {
                TwinFiles.requireAgreement(f, files);
                return f;
            }
        }
        throw new IdxFormatException("no " + (train ? "training" : "test") + " " + kind + " file in '" + dir
                + "' (expected a name like " + (train ? "train" : "t10k") + "-" + kind + "-idx"
                + (images ? 3 : 1) + "-ubyte[.gz])");
    }

    private static InputStream resource(BundledDataset dataset, String file) throws IOException {
        InputStream in = DatasetLoader.class.getResourceAsStream(dataset.resource(file));
        if (in == null) {
            throw new IOException("the bundled dataset file " + dataset.resource(file)
                    + " is missing from the application; reinstall it");
        }
        return in;
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
