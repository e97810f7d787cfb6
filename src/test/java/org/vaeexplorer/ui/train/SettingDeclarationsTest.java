package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.settings.ModelSetting;
import org.vaeexplorer.ui.common.I18n;

/**
 * What the form's rows and the command line's help and refusals read from a setting's declaration is there: its
 * label, description and name in both languages, a name for every constant of a choice, one word per constant.
 */
class SettingDeclarationsTest {
    @Test
    void everyDeclaredSettingHasItsTextsInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (Locale locale : I18n.LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle(I18n.BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (ModelSetting s : ModelSetting.values()) {
                List<String> keys = new ArrayList<>(List.of(s.labelKey(), s.descriptionKey(), s.nameKey()));
                if (s.choice() != null) {
                    s.choice().values().forEach(v -> keys.add(s.choice().namePrefix() + "." + v.name()));
                }
                keys.stream().filter(k -> !bundle.containsKey(k)).forEach(k -> missing.add(locale + ": " + k));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyChoiceNamesEachConstantOnceAndFlagsAndKeysAreUnique() {
        for (ModelSetting s : ModelSetting.values()) {
            assertTrue(s.flag().startsWith("--"), s.flag());
            assertEquals(s.type() == ModelSetting.Type.CHOICE, s.choice() != null, s + ": a choice has its values");
            if (s.choice() != null) {
                assertEquals(s.choice().values().size(), s.choice().mainWords().stream().distinct().count(), s + "");
                for (Enum<?> v : s.choice().values()) {
                    assertEquals(v, s.choice().parse(s.choice().word(v)).orElseThrow(), s + ": " + v);
                }
            }
        }
        assertEquals(ModelSetting.values().length, java.util.Arrays.stream(ModelSetting.values())
                .map(ModelSetting::flag).distinct().count());
        assertEquals(ModelSetting.values().length, java.util.Arrays.stream(ModelSetting.values())
                .map(ModelSetting::key).distinct().count());
    }
}
