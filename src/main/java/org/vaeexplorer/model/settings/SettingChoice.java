package org.vaeexplorer.model.settings;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a setting that is a choice: an engine enum, the bundle prefix that names its constants in the window
 * ({@code backbone.CONV}), and the words the command line takes for each (the first is the one it prints; the
 * others are accepted too, e.g. {@code mc} and {@code monte-carlo}).
 */
public record SettingChoice(List<Enum<?>> values, String namePrefix, Map<String, Enum<?>> words) {
    public SettingChoice {
        values = List.copyOf(values);
        words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
    }

    /**
     * {@code constants} named by {@code wordsPerConstant}, one entry per constant in its order, each a space
     * separated list of its words.
     */
    static SettingChoice of(Enum<?>[] constants, String namePrefix, String... wordsPerConstant) {
        if (constants.length != wordsPerConstant.length) {
            throw new IllegalStateException(namePrefix + ": one list of words per constant");
        }
        Map<String, Enum<?>> words = new LinkedHashMap<>();
        for (int i = 0; i < constants.length; i++) {
            for (String word : wordsPerConstant[i].split(" ")) {
                words.put(word, constants[i]);
            }
        }
        return new SettingChoice(Arrays.asList(constants), namePrefix, words);
    }

    /** The constant {@code word} names, whatever its case. */
    public Optional<Enum<?>> parse(String word) {
        return Optional.ofNullable(word == null ? null : words.get(word.trim().toLowerCase(Locale.ROOT)));
    }

    /** The command line's word for {@code value} (its first). */
    public String word(Enum<?> value) {
        return words.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(value + ""));
    }

    /** The first word of each constant, in order: what the command line lists. */
    public List<String> mainWords() {
        return values.stream().map(this::word).toList();
    }
}
