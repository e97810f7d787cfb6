package org.vaeexplorer.ui.app;

import java.util.Locale;
import java.util.Map;

/**
 * The system's language for the window. Java takes its default locale from the C library, which falls back to
 * "C" (and Java to en_US) when the locale named by {@code LANG} is not generated on the machine: with
 * {@code LANG=zh_CN.UTF-8} on a machine without that locale, the window opened in English (issue 27.11). The
 * window needs only a language, not the C library's formats, so in that case it reads the POSIX variables itself,
 * in their order of precedence: {@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}.
 */
final class SystemLanguage {
    /** What Java reports when the C library's locale is C or POSIX. */
    private static final Locale POSIX_FALLBACK = Locale.US;

    private SystemLanguage() {
    }

    /** The system locale: {@code javaDefault}, unless it is the C/POSIX fallback and {@code env} names another. */
    static Locale of(Locale javaDefault, Map<String, String> env) {
        if (!javaDefault.equals(POSIX_FALLBACK) && !javaDefault.getLanguage().isEmpty()) {
            return javaDefault;
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return parse(value).orElse(javaDefault);
            }
        }
        return javaDefault;
    }

    /** {@code zh_CN.UTF-8@variant} as a locale; empty for C, POSIX and what is not a language. */
    private static java.util.Optional<Locale> parse(String value) {
        String name = value.split("[.@]", 2)[0];
        if (name.equals("C") || name.equals("POSIX")) {
            return java.util.Optional.empty();
        }
        String[] parts = name.split("_", 2);
        if (!parts[0].matches("[a-z]{2,3}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(parts.length == 2 ? new Locale(parts[0], parts[1]) : new Locale(parts[0]));
    }
}
