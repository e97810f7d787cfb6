package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.ui.common.I18n;

/** LANG=zh_CN.UTF-8 opens the window in Chinese even where the C library has no such locale (issue 27.11). */
class SystemLanguageTest {
    @Test
    void whenJavaFellBackToCTheEnvironmentNamesTheLanguage() {
        Locale system = SystemLanguage.of(Locale.US, Map.of("LANG", "zh_CN.UTF-8"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, system);
        assertEquals(Locale.SIMPLIFIED_CHINESE, I18n.supported(system));
        assertEquals(new Locale("zh", "TW"), SystemLanguage.of(Locale.US, Map.of("LANG", "zh_TW.Big5@radical")));
    }

    @Test
    void lcAllWinsOverLcMessagesWhichWinsOverLang() {
        assertEquals(new Locale("de", "DE"), SystemLanguage.of(Locale.US,
                Map.of("LC_ALL", "de_DE.UTF-8", "LC_MESSAGES", "zh_CN.UTF-8", "LANG", "zh_CN.UTF-8")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, SystemLanguage.of(Locale.US,
                Map.of("LC_ALL", "", "LC_MESSAGES", "zh_CN.UTF-8", "LANG", "en_GB.UTF-8")));
        assertEquals(Locale.US, SystemLanguage.of(Locale.US, Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8")),
                "LC_ALL=C asks for the C locale, English");
        assertEquals(Locale.US, SystemLanguage.of(Locale.US, Map.of("LANG", "C.UTF-8")));
        assertEquals(Locale.US, SystemLanguage.of(Locale.US, Map.of()));
    }

    @Test
    void aLocaleJavaFoundItselfIsKept() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, SystemLanguage.of(Locale.SIMPLIFIED_CHINESE, Map.of("LANG", "en_US")));
        assertEquals(Locale.UK, SystemLanguage.of(Locale.UK, Map.of("LANG", "zh_CN.UTF-8")));
    }
}
