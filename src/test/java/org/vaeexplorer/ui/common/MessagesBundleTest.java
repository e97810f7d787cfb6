package org.vaeexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Chinese bundle is complete and every pattern in both bundles is one MessageFormat can fill. */
class MessagesBundleTest {
    private static final Path DIR = Path.of("src/main/resources/org/vaeexplorer/ui/common");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?}");
    /** Texts that read the same in Chinese: symbols, names and formulas. */
    private static final Set<String> SAME_IN_CHINESE = Set.of("kind.BETA_VAE", "kind.CVAE_GAN", "backbone.MLP", "shortcut.undo.keys", "train.form.field.beta",
            "explore.category.index", "explore.category.shared",
            "train.form.field.gamma", "train.beta", "train.gamma", "train.chart.nats", "train.chart.dim",
            "explore.point.code", "explore.planeY", "models.objective.elbo", "explore.draw.category",
            "explore.draw.categoryMatched", "explore.draw.probability", "explore.completion.next",
            "explore.completion.previous", "explore.completion.number", "explore.dim.name",
            "explore.traversal.row.plain", "explore.traversal.row.class",
            // A formula and two arrow keys read the same in both languages (issue 33's How it works view).
            "explore.how.elbo.formula", "shortcut.howSteps.keys");

    @Test
    void everyKeyHasAChineseTextWithTheSamePlaceholdersAndNoOtherKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String zhText = zh.getProperty(key);
            if (zhText == null) {
                problems.add("missing in zh_CN: " + key);
            } else if (!arguments(en.getProperty(key)).equals(arguments(zhText))) {
                problems.add(key + ": arguments " + arguments(en.getProperty(key)) + " in English but "
                        + arguments(zhText) + " in Chinese");
            } else if (zhText.equals(en.getProperty(key)) && !SAME_IN_CHINESE.contains(key)) {
                problems.add("not translated: " + key + "=" + zhText);
            }
        }
        for (String key : zh.stringPropertyNames()) {
            if (!en.containsKey(key)) {
                problems.add("only in zh_CN (misspelt or removed in English?): " + key);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(en.size() > 250, "the English bundle was read: " + en.size() + " keys");
    }

    @Test
    void everyPatternIsAValidMessageFormatWhosePlaceholdersSurviveQuoting() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (placeholders(text).isEmpty()) {
                    // Shown as written (FXML %key, I18n.text without arguments): no MessageFormat involved.
                    continue;
                }
                try {
                    MessageFormat f = new MessageFormat(text, Locale.ROOT);
                    // A lone apostrophe quotes what follows: a placeholder after it would print as text.
                    int filled = f.getFormatsByArgumentIndex().length;
                    int written = placeholders(text).stream().mapToInt(MessagesBundleTest::index).max().orElse(-1) + 1;
                    if (filled != written) {
                        problems.add(file + " " + key + ": MessageFormat fills " + filled + " arguments of "
                                + written + " (an unpaired ' ?)");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(file + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aMenuMnemonicInEnglishIsKeptInChinese() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("app.menu.")) {
                Matcher m = Pattern.compile("_(\\p{L})").matcher(en.getProperty(key));
                assertTrue(m.find(), key);
                String expected = "(_" + m.group(1).toUpperCase(Locale.ROOT) + ")";
                assertTrue(zh.getProperty(key).endsWith(expected), key + " ends with " + expected + ": "
                        + zh.getProperty(key));
            }
        }
    }

    @Test
    void theUiFollowsTheChosenLanguageAndEnglishIsEnglishOnAChineseSystem() {
        Locale before = I18n.locale();
        Locale systemBefore = Locale.getDefault();
        try {
            // The trap: with no messages_en, a plain getBundle(ENGLISH) falls back to the default locale's file.
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            I18n.setLocale(Locale.ENGLISH);
            assertEquals("Explore", I18n.text("app.page.explore"));
            assertEquals("60,000", I18n.integer(60_000));
            I18n.setLocale(Locale.TRADITIONAL_CHINESE);
            assertEquals(Locale.SIMPLIFIED_CHINESE, I18n.locale(), "any Chinese is the simplified translation");
            assertEquals("探索", I18n.text("app.page.explore"));
            assertEquals("已加载 MNIST", I18n.text("train.dataset.loaded", "MNIST"));
            assertEquals("1,234.50", I18n.number(1234.5, 2));
            assertEquals(Locale.ENGLISH, I18n.supported(Locale.GERMANY));
        } finally {
            Locale.setDefault(systemBefore);
            I18n.setLocale(before);
        }
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    /**
     * The arguments a pattern uses, by number: a language may word one differently (English picks "1 epoch" or
     * "2 epochs" with a choice format, Chinese needs none), but it must use every one and no other.
     */
    private static java.util.SortedSet<Integer> arguments(String text) {
        java.util.SortedSet<Integer> found = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static int index(String placeholder) {
        return Integer.parseInt(placeholder.replaceAll("\\{(\\d+).*", "$1"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
