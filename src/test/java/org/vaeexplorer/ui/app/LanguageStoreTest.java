package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start language: a saved choice wins over the system locale; a bad file is ignored, never fatal. */
class LanguageStoreTest {
    @TempDir
    Path dir;

    @Test
    void withoutAChoiceTheSystemLocaleDecidesZhStarForChineseAndAnythingElseForEnglish() {
        LanguageStore store = new LanguageStore(dir.resolve("language.properties"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, store.startLanguage(Locale.forLanguageTag("zh-TW")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, store.startLanguage(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Locale.ENGLISH, store.startLanguage(Locale.FRANCE));
    }

    @Test
    void aSavedChoiceWinsAndSurvivesARestart() {
        Path file = dir.resolve("sub").resolve("language.properties");
        new LanguageStore(file).save(Locale.SIMPLIFIED_CHINESE);
        assertEquals(Locale.SIMPLIFIED_CHINESE, new LanguageStore(file).startLanguage(Locale.US));
        new LanguageStore(file).save(Locale.ENGLISH);
        assertEquals(Locale.ENGLISH, new LanguageStore(file).startLanguage(Locale.CHINA));
    }

    @Test
    void aLanguageTheAppDoesNotSpeakOrAnUnreadableFileIsIgnored() throws Exception {
        Path file = dir.resolve("language.properties");
        Files.writeString(file, "language=fr-FR\n");
        assertEquals(Optional.empty(), new LanguageStore(file).load());
        Files.write(file, new byte[] {'l', '=', '\\', 'u', 'z', 'z'});
        assertEquals(Locale.ENGLISH, new LanguageStore(file).startLanguage(Locale.ENGLISH));
        Files.delete(file);
        Files.createDirectory(file);
        assertEquals(Locale.SIMPLIFIED_CHINESE, new LanguageStore(file).startLanguage(Locale.CHINA));
    }
}
