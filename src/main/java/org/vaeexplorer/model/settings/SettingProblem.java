package org.vaeexplorer.model.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Why a value given for a setting was refused, as a bundle key ({@code train.form.between}...) and its arguments
 * after the first: the first is always the setting's name ({@link ModelSetting#nameKey()}), said in the language
 * of whoever shows it (the window's, or English on the command line).
 */
public record SettingProblem(ModelSetting setting, String key, List<String> args) {
    public SettingProblem {
        args = List.copyOf(args);
    }

    static SettingProblem of(ModelSetting setting, String key, String... args) {
        return new SettingProblem(setting, key, Arrays.asList(args));
    }

    /** The message's arguments with {@code name} (the setting's name, already said) first. */
    public Object[] arguments(String name) {
        List<Object> all = new ArrayList<>();
        all.add(name);
        all.addAll(args);
        return all.toArray();
    }
}
