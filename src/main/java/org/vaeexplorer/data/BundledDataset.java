package org.vaeexplorer.data;

import java.util.List;

/** The datasets shipped inside the application under {@code assets/datasets}. */
public enum BundledDataset {
    MNIST("mnist", "MNIST (10k digits)", DatasetLoader.DIGITS),
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST (70k)", DatasetLoader.FASHION_CLASSES);

    private final String id;
    private final String displayName;
    private final List<String> classNames;

    BundledDataset(String id, String displayName, List<String> classNames) {
        this.id = id;
        this.displayName = displayName;
        this.classNames = classNames;
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
