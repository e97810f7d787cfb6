package org.vaeexplorer.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * Shows engine enums by their names in the bundle ({@code prefix.CONSTANT}, e.g. {@code kind.CONV_VAE} reads
 * "Convolutional VAE") instead of their Java names, in combo boxes, choice boxes and spinners alike.
 */
public final class EnumNames {
    private EnumNames() {
    }

    /** A converter for {@code type}'s constants under {@code prefix}; text that names none converts to null. */
    public static <E extends Enum<E>> StringConverter<E> converter(String prefix, Class<E> type) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : I18n.name(prefix, value);
            }

            @Override
            public E fromString(String text) {
                return Arrays.stream(type.getEnumConstants()).filter(e -> toString(e).equals(text)).findFirst()
                        .orElse(null);
            }
        };
    }

    /**
     * Fills {@code combo} with {@code values}, shown by their names in the bundle ({@code prefix.NAME}, the name
     * {@code name} gives): for the named values that are not an enum, as the model kinds.
     */
    public static <T> void show(ComboBox<T> combo, String prefix, List<T> values, Function<T, String> name) {
        combo.getItems().setAll(values);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : I18n.text(prefix + "." + name.apply(value));
            }

            @Override
            public T fromString(String text) {
                return values.stream().filter(v -> toString(v).equals(text)).findFirst().orElse(null);
            }
        });
    }

    /** Fills {@code combo} with every constant of {@code type}, shown by its display name. */
    public static <E extends Enum<E>> void show(ComboBox<E> combo, String prefix, Class<E> type) {
        combo.getItems().setAll(type.getEnumConstants());
        combo.setConverter(converter(prefix, type));
    }
}
