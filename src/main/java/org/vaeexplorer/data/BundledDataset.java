package org.vaeexplorer.data;

import java.util.List;

/** The datasets shipped inside the application under {@code assets/datasets}. */
public enum BundledDataset {
    /** LeCun's original MNIST, under its original file names ({@code t10k-} for the test split). */
    MNIST("mnist", "MNIST (70k digits)", DatasetLoader.DIGITS, "t10k"),
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST (70k)", DatasetLoader.FASHION_CLASSES, "test");

    private final String id;
    private final String displayName;
    private final List<String> classNames;
    private final String testPrefix;

    BundledDataset(String id, String displayName, List<String> classNames, String testPrefix) {
        this.id = id;
        this.displayName = displayName;
        this.classNames = classNames;
        this.testPrefix = testPrefix;
    }

    /** The file name of a split's images or labels, e.g. {@code t10k-images-idx3-ubyte.gz}. */
    String file(boolean train, boolean images) {
        return (train ? "train" : testPrefix) + (images ? "-images-idx3-ubyte.gz" : "-labels-idx1-ubyte.gz");
    }

    /** The name used on the command line and in checkpoints. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> classNames() {
        return classNames;
    }

    String resource(String file) {
        return "/assets/datasets/" + id + "/" + file;
    }

    public static java.util.Optional<BundledDataset> byId(String id) {
        for (BundledDataset d : values()) {
            if (d.id.equalsIgnoreCase(id)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }
}
