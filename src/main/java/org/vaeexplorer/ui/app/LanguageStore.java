package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.ui.common.I18n;

/**
 * The language the user last chose from the Language menu, in a small properties file beside the window state
 * ({@link WindowStateStore}) in {@code ~/.vae-explorer}, for the same reasons: one folder holds what the app
 * remembers and deleting it resets the app. A file of its own because the window state is rewritten whole when
 * the window closes. Without a saved choice the system locale decides.
 */
final class LanguageStore {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageStore.class);
    private final Path file;

    LanguageStore(Path file) {
        this.file = file;
    }

    /** In the user's config folder ({@code ~/.vae-explorer}, or {@code $XDG_CONFIG_HOME/vae-explorer}). */
    static LanguageStore inUserHome() {
        return new LanguageStore(org.vaeexplorer.platform.UserFolders.current().languageFile());
    }

    /** The saved choice (a supported language), or empty when none was saved or it cannot be read (logged). */
    Optional<Locale> load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring unreadable language choice in {}: {}", file, e.toString());
            return Optional.empty();
        }
        String tag = p.getProperty("language", "");
        Locale locale = Locale.forLanguageTag(tag);
        if (!I18n.LANGUAGES.contains(locale)) {
            LOG.warn("ignoring language '{}' in {}: the app speaks {}", tag, file, I18n.LANGUAGES);
            return Optional.empty();
        }
        return Optional.of(locale);
    }

    /** The language for this start: the saved choice, else the system locale's (zh* Chinese, else English). */
    Locale startLanguage(Locale system) {
        return load().orElse(I18n.supported(system));
    }

    /** Writes the choice; a failure is logged and otherwise ignored (the next start follows the system locale). */
    void save(Locale locale) {
        Properties p = new Properties();
        p.setProperty("language", locale.toLanguageTag());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                p.store(out, "VAE Explorer: the language chosen from the Language menu");
            }
        } catch (IOException e) {
            LOG.warn("could not save the language choice to {}: {}", file, e.toString());
        }
    }
}
