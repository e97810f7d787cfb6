package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.settings.ModelSetting;

/**
 * The Train form's value of every declared {@link ModelSetting}, one property each and none written out by hand:
 * the text typed for a number or a list, the constant chosen for a choice.
 */
final class SettingFields {
    private final Map<ModelSetting, StringProperty> texts = new EnumMap<>(ModelSetting.class);
    private final Map<ModelSetting, ObjectProperty<Enum<?>>> choices = new EnumMap<>(ModelSetting.class);

    SettingFields() {
        for (ModelSetting s : ModelSetting.values()) {
            if (s.type() == ModelSetting.Type.CHOICE) {
                choices.put(s, new SimpleObjectProperty<>());
            } else {
                texts.put(s, new SimpleStringProperty(""));
            }
        }
    }

    /** The text of a number or list setting. */
    StringProperty text(ModelSetting setting) {
        StringProperty p = texts.get(setting);
        if (p == null) {
            throw new IllegalArgumentException(setting + " is a choice, not a text");
        }
        return p;
    }

    /** The constant chosen for a choice setting; {@code E} is its declared enum ({@link ModelSetting#choice()}). */
    @SuppressWarnings("unchecked")
    <E extends Enum<E>> ObjectProperty<E> choice(ModelSetting setting) {
        ObjectProperty<?> p = choices.get(setting);
        if (p == null) {
            throw new IllegalArgumentException(setting + " is a text, not a choice");
        }
        return (ObjectProperty<E>) p;
    }

    /** Every setting's value as the kind whose default spec is {@code d} starts. */
    void fill(ModelSpec d) {
        texts.forEach((s, p) -> p.set(s.defaultText(d)));
        choices.forEach((s, p) -> p.set((Enum<?>) s.defaultValue(d)));
    }

    /** Every property, for listeners that follow any edit. */
    List<Observable> all() {
        List<Observable> all = new ArrayList<>(texts.values());
        all.addAll(choices.values());
        return all;
    }

    /** The values of {@code shown} as text (a choice by its command-line word; nothing chosen is not given). */
    Map<ModelSetting, String> texts(Set<ModelSetting> shown) {
        Map<ModelSetting, String> given = new EnumMap<>(ModelSetting.class);
        for (ModelSetting s : shown) {
            if (s.type() != ModelSetting.Type.CHOICE) {
                // null is text nobody typed: refused as an empty value would be, never taken as "not given".
                String t = texts.get(s).get();
                given.put(s, t == null ? "" : t);
            } else if (choices.get(s).get() != null) {
                given.put(s, s.text(choices.get(s).get()));
            }
        }
        return given;
    }
}
