package org.vaeexplorer.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every string the UI shows comes from {@code messages.properties} beside this class: FXML reads it as
 * {@code %key}, Java through {@link #text}. A second language is one more properties file, not a code change.
 * Keys are grouped by prefix: {@code app.}, {@code common.}, {@code train.}, {@code explore.}, {@code models.},
 * and the display names of engine enums ({@code kind.}, {@code likelihood.}, ...).
 */
public final class I18n {
    public static final String BUNDLE = "org.vaeexplorer.ui.common.messages";
    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);

    private I18n() {
    }

    /** The bundle for the current default locale (what FXML loaders are given). */
    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /**
     * The text for {@code key}, with {@code {0}}, {@code {1}}... filled in by {@link MessageFormat} in the current
     * locale. A missing key is a programming error: it is logged and shown as the key itself, so a gap in a
     * translation is visible but never breaks the window.
     */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            LOG.error("missing UI string '{}'", key);
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    /** The display name of an enum constant: key {@code prefix.CONSTANT}, e.g. {@code kind.CONV_VAE}. */
    public static String name(String prefix, Enum<?> value) {
        return text(prefix + "." + value.name());
    }
}
