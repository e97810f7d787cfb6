package org.vaeexplorer.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both languages have every text of the lessons bundle the code uses, and nothing else (the built-in lessons' own
 * texts are in their session files: BuiltInLessonsTest).
 */
class LessonTextsTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(lessons?\\.[A-Za-z0-9.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyKeyUsedExistsInEnglishAndChineseAndNoneIsLeftOver() throws IOException {
        Set<String> used = usedKeys();
        for (String language : new String[] {"lessons.properties", "lessons_zh_CN.properties"}) {
            Properties p = load(language);
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(p.stringPropertyNames());
            assertEquals(Set.of(), missing, "missing from " + language);
            Set<String> unused = new TreeSet<>(p.stringPropertyNames());
            unused.removeAll(used);
            assertEquals(Set.of(), unused, "in " + language + " but used nowhere");
            for (String key : used) {
                assertTrue(!p.getProperty(key).isBlank(), key + " is empty in " + language);
            }
        }
    }

    @Test
    void translationsKeepThePlaceholders() throws IOException {
        Properties en = load("lessons.properties");
        Properties zh = load("lessons_zh_CN.properties");
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), key);
        }
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/vaeexplorer/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LessonTextsTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "no " + name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
