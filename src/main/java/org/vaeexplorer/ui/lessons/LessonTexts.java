package org.vaeexplorer.ui.lessons;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lessons' texts and the lessons' own UI strings, from {@code lessons.properties} beside this class (with
 * {@code lessons_zh_CN.properties}). Read on every call in the current default locale, so a view that asks again
 * after the language changed shows the new language.
 */
public final class LessonTexts {
    public static final String BUNDLE = "org.vaeexplorer.ui.lessons.lessons";
    private static final Logger LOG = LoggerFactory.getLogger(LessonTexts.class);

    private LessonTexts() {
    }

    public static ResourceBundle bundle() {
        // The window's language (the Language menu's), not the JVM's: no fallback from English to a Chinese system.
        return ResourceBundle.getBundle(BUNDLE, org.vaeexplorer.ui.common.I18n.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The text for {@code key}, with {@code {0}}... filled in by {@link MessageFormat}; a missing key is logged and
     * shown as itself, so a gap is visible but never breaks the window.
     */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            LOG.error("missing lesson text '{}'", key);
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, org.vaeexplorer.ui.common.I18n.locale()).format(args);
    }
}
