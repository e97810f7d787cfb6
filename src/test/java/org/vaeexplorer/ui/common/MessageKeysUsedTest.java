package org.vaeexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the FXML files and the code use is in the bundle, and the bundle holds no key nobody uses (a text
 * nobody sees still costs a translator time). Code names keys as string literals; a few are composed from a
 * literal prefix and a name: an enum constant ({@link I18n#name}, {@link EnumNames}) or a form field
 * ({@code "train.form.field." + key}, the field's key being a literal too), or a literal prefix and suffix around
 * one ({@code "train." + key + ".tooltip"}).
 */
class MessageKeysUsedTest {
    private static final Path BUNDLE = Path.of("src/main/resources/org/vaeexplorer/ui/common/messages.properties");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_.-]+)\"");
    private static final Pattern I18N_CALL = Pattern.compile("I18n\\.text\\(\"([\\w.]+)\"");

    @Test
    void theBundleHasEveryKeyTheUiUsesAndNoOther() throws IOException {
        Set<String> keys = keys();
        Set<String> fxmlKeys = matches(files("src/main/resources", ".fxml"), FXML_KEY);
        Set<String> literals = matches(files("src/main/java", ".java"), LITERAL);
        Set<String> called = matches(files("src/main/java", ".java"), I18N_CALL);

        Set<String> missing = new TreeSet<>(fxmlKeys);
        missing.addAll(called);
        missing.removeAll(keys);
        // "prefix." + name: the composed keys are checked below.
        missing.removeIf(k -> k.endsWith("."));
        assertEquals(Set.of(), missing, "used but not in messages.properties");

        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
            int dot = key.lastIndexOf('.');
            String prefix = key.substring(0, dot);
            String last = key.substring(dot + 1);
            boolean composed = literals.contains(prefix + ".") && literals.contains(last)
                    || last.equals(last.toUpperCase()) && literals.contains(prefix)
                    || composedAroundName(key, literals);
            if (!fxmlKeys.contains(key) && !literals.contains(key) && !composed) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "in messages.properties but used nowhere");
        assertTrue(fxmlKeys.size() > 100 && called.size() > 100, fxmlKeys.size() + " FXML keys, " + called.size()
                + " I18n.text keys: the sources were read");
    }

    /**
     * {@code "train." + key + ".tooltip"}: a literal prefix and suffix around a literal name (a setting
     * declaration's field key).
     */
    private static boolean composedAroundName(String key, Set<String> literals) {
        String[] parts = key.split("\\.");
        return parts.length == 3 && literals.contains(parts[0] + ".") && literals.contains(parts[1])
                && literals.contains("." + parts[2]);
    }

    private static Set<String> keys() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.stringPropertyNames();
    }

    private static List<Path> files(String root, String ending) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of(root))) {
            return s.filter(f -> f.toString().endsWith(ending)).toList();
        }
    }

    private static Set<String> matches(List<Path> files, Pattern pattern) throws IOException {
        Set<String> found = new HashSet<>();
        for (Path f : files) {
            Matcher m = pattern.matcher(Files.readString(f));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}
