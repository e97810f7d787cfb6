package org.vaeexplorer.ui.common;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.model.ModelKind;

/**
 * Every string the UI shows comes from {@code messages.properties} beside this class (English) or its translation
 * {@code messages_zh_CN.properties}: FXML reads it as {@code %key}, Java through {@link #text}. Keys are grouped by
 * prefix: {@code app.}, {@code common.}, {@code train.}, {@code explore.}, {@code models.}, and the display names
 * of engine enums ({@code kind.}, {@code likelihood.}, ...).
 *
 * <p>The UI's language is {@link #locale()}, one of {@link #LANGUAGES}; it is set at start and when the user
 * switches language (the window then rebuilds its views). It is kept apart from the JVM's default locale so that
 * English is English even on a Chinese system (a plain {@code getBundle} falls back to the default locale's file
 * when no {@code messages_en} exists) and so that nothing outside the window changes with it.
 */
public final class I18n {
    public static final String BUNDLE = "org.vaeexplorer.ui.common.messages";
    /** The languages the UI speaks: English (the base bundle) and simplified Chinese. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ReadOnlyObjectWrapper<Locale> LOCALE =
            new ReadOnlyObjectWrapper<>(supported(Locale.getDefault()));

    private I18n() {
    }

    /** The UI language for a system locale: any Chinese (zh, zh_CN, zh_TW...) is Chinese, anything else English. */
    public static Locale supported(Locale system) {
        return "zh".equals(system.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The UI's language now. */
    public static Locale locale() {
        return LOCALE.get();
    }

    /** Observed by bindings that compose texts, so that they follow a switch (their listeners are weak). */
    public static ReadOnlyObjectProperty<Locale> localeProperty() {
        return LOCALE.getReadOnlyProperty();
    }

    /** Sets the UI's language (mapped onto a supported one); on the FX thread once the window exists. */
    public static void setLocale(Locale locale) {
        LOCALE.set(supported(locale));
    }

    /** The bundle for the UI's language (what FXML loaders are given). */
    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale(), NO_FALLBACK);
    }

    /**
     * The text for {@code key}, with {@code {0}}, {@code {1}}... filled in by {@link MessageFormat} in the UI's
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
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** The display name of an enum constant: key {@code prefix.CONSTANT}, e.g. {@code kind.CONV_VAE}. */
    public static String name(String prefix, Enum<?> value) {
        return text(prefix + "." + value.name());
    }

    /** A kind's display name: key {@code kind.NAME}, e.g. {@code kind.CONV_VAE} (kinds are named, not an enum). */
    public static String name(String prefix, ModelKind kind) {
        return text(prefix + "." + kind.name());
    }

    /** {@code value} with exactly {@code decimals} decimals, grouped and punctuated as the UI's locale writes it. */
    public static String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    /** A whole number with the UI's locale's digit grouping (60,000). */
    public static String integer(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }
}
