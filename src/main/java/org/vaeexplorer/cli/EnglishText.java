package org.vaeexplorer.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The English of the window's bundle, for what the command line says in the same words as the window: the model
 * settings' help and their refusals. The command line speaks English whatever the system's language.
 */
final class EnglishText {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.vaeexplorer.ui.common.messages",
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private EnglishText() {
    }

    /** The English text of {@code key}, with {@code {0}}, {@code {1}}... filled in as the window does. */
    static String text(String key, Object... args) {
        String pattern = ENGLISH.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
