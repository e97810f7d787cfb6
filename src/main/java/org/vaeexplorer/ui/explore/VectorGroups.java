package org.vaeexplorer.ui.explore;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.vaeexplorer.explore.ImageGroup;

/**
 * The two groups of test images an attribute vector goes between, as the Arithmetic view chooses them: two classes,
 * two values of one generating factor, or two lassoed selections of the plane's dots.
 */
public final class VectorGroups {
    private final ObjectProperty<ImageGroup.Kind> kind = new SimpleObjectProperty<>(ImageGroup.Kind.CLASS);
    private final IntegerProperty fromClass = new SimpleIntegerProperty(0);
    private final IntegerProperty toClass = new SimpleIntegerProperty(1);
    private final IntegerProperty factor = new SimpleIntegerProperty(0);
    private final IntegerProperty fromValue = new SimpleIntegerProperty(0);
    private final IntegerProperty toValue = new SimpleIntegerProperty(1);
    private final ObjectProperty<int[]> fromImages = new SimpleObjectProperty<>(new int[0]);
    private final ObjectProperty<int[]> toImages = new SimpleObjectProperty<>(new int[0]);

    /** Every property a change of the groups shows in, for a listener of all of them. */
    List<Observable> all() {
        return List.of(kind, fromClass, toClass, factor, fromValue, toValue, fromImages, toImages);
    }

    /** The first group: the vector starts at its mean code. */
    public ImageGroup from() {
        return group(fromClass.get(), fromValue.get(), fromImages.get());
    }

    /** The second group: the vector ends at its mean code. */
    public ImageGroup to() {
        return group(toClass.get(), toValue.get(), toImages.get());
    }

    private ImageGroup group(int label, int value, int[] images) {
        return switch (kind.get()) {
            case CLASS -> ImageGroup.ofClass(label);
            case FACTOR -> ImageGroup.ofFactor(factor.get(), value);
            case IMAGES -> ImageGroup.ofImages(images);
        };
    }

    /** Chooses {@code from} and {@code to} (a saved vector's groups, of one kind). */
    void show(ImageGroup from, ImageGroup to) {
        kind.set(from.kind());
        switch (from.kind()) {
            case CLASS -> {
                fromClass.set(from.value());
                toClass.set(to.value());
            }
            case FACTOR -> {
                factor.set(from.factor());
                fromValue.set(from.value());
                toValue.set(to.value());
            }
            case IMAGES -> {
                fromImages.set(from.images());
                toImages.set(to.images());
            }
        }
    }

    /** The images lassoed for the first group ({@code first}) or the second. */
    public void lassoed(boolean first, int[] images) {
        (first ? fromImages : toImages).set(images.clone());
    }

    /** Forgets the lassoed images and goes back to classes: another model's test set has other codes. */
    void reset(int classes) {
        fromImages.set(new int[0]);
        toImages.set(new int[0]);
        if (fromClass.get() >= classes || toClass.get() >= classes) {
            fromClass.set(0);
            toClass.set(Math.min(1, Math.max(0, classes - 1)));
        }
    }

    public ObjectProperty<ImageGroup.Kind> kindProperty() {
        return kind;
    }

    public IntegerProperty fromClassProperty() {
        return fromClass;
    }

    public IntegerProperty toClassProperty() {
        return toClass;
    }

    public IntegerProperty factorProperty() {
        return factor;
    }

    public IntegerProperty fromValueProperty() {
        return fromValue;
    }

    public IntegerProperty toValueProperty() {
        return toValue;
    }

    public ObjectProperty<int[]> fromImagesProperty() {
        return fromImages;
    }

    public ObjectProperty<int[]> toImagesProperty() {
        return toImages;
    }
}
