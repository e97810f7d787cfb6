package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.settings.ModelSetting;

/**
 * One set of model settings given to both sides: as {@code train} options (each setting's declared flag) and as the
 * Train form's fields (each setting's field), so a case is written once.
 */
record SettingCases(String kind, Map<ModelSetting, String> values) {
    static SettingCases of(String kind, Object... settingAndValue) {
        Map<ModelSetting, String> values = new LinkedHashMap<>();
        for (int i = 0; i < settingAndValue.length; i += 2) {
            values.put((ModelSetting) settingAndValue[i], (String) settingAndValue[i + 1]);
        }
        return new SettingCases(kind, values);
    }

    /** The command line's model options: {@code --model KIND} and each setting's flag. */
    String[] cliArgs() {
        List<String> args = new ArrayList<>(List.of("--model", kind));
        values.forEach((setting, value) -> {
            args.add(setting.flag());
            args.add(value);
        });
        return args.toArray(String[]::new);
    }

    /** A form with the kind chosen (its defaults filled) and each setting typed into its field. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    TrainFormViewModel form() {
        TrainFormViewModel f = new TrainFormViewModel();
        f.kindProperty().set(ModelKind.parse(kind).orElseThrow());
        values.forEach((setting, value) -> {
            if (setting.type() == ModelSetting.Type.CHOICE) {
                // The constant the command-line word names, as a person would pick it from the box.
                ((javafx.beans.property.ObjectProperty) f.choice(setting)).set(constant(setting, value));
            } else {
                f.text(setting).set(value);
            }
        });
        return f;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum constant(ModelSetting setting, String word) {
        return setting.choice().parse(word).orElseThrow(() -> new IllegalArgumentException(word));
    }
}
