package org.vaeexplorer.ui.common;

import java.util.List;
import org.vaeexplorer.data.BundledDataset;

/**
 * Class names as the window shows them. A dataset stores its class names in English (checkpoints and CSV exports
 * keep them so); the bundled Fashion-MNIST's and the sprites' shapes are translated here (issue 27.11). MNIST's are digits, and a
 * folder of the user's own has names nobody translated, so both are shown as they are.
 */
public final class ClassNames {
    /** One key per Fashion-MNIST class, in the dataset's label order. */
    private static final List<String> FASHION_KEYS = List.of("dataset.fashion.tshirt", "dataset.fashion.trouser",
            "dataset.fashion.pullover", "dataset.fashion.dress", "dataset.fashion.coat", "dataset.fashion.sandal",
            "dataset.fashion.shirt", "dataset.fashion.sneaker", "dataset.fashion.bag", "dataset.fashion.ankleBoot");

    private ClassNames() {
    }

    /** {@code name} in the UI's language. */
    public static String display(String name) {
        int index = BundledDataset.FASHION_MNIST.classNames().indexOf(name);
        if (index < 0 && org.vaeexplorer.data.SpriteSpace.SHAPES.contains(name)) {
            return I18n.text("dataset.sprites.shape." + name); // the sprites' classes are their shapes
        }
        return index >= 0 ? I18n.text(FASHION_KEYS.get(index)) : name;
    }

    /** Each of {@code names} in the UI's language, in the same order. */
    public static List<String> display(List<String> names) {
        return names.stream().map(ClassNames::display).toList();
    }
}
