package org.vaeexplorer.ui.common;

import java.util.Arrays;
import org.vaeexplorer.model.EngineText;

/**
 * A text the UI shows, kept as its bundle key and arguments rather than as a string, so that a view model can say
 * it again in the other language after a switch (issue 27.11: the run's status stayed Chinese). Arguments that
 * are themselves a {@code LocalText} (an enum's display name, say) are translated too; anything else is shown as
 * it is (file names, numbers already formatted, an exception's message).
 */
@FunctionalInterface
public interface LocalText {
    LocalText EMPTY = () -> "";

    /** The text in the UI's language now. */
    String resolve();

    /** {@code key} of the messages bundle with {@code args}, as {@link I18n#text} formats them. */
    static LocalText of(String key, Object... args) {
        Object[] kept = args.clone();
        return () -> I18n.text(key, Arrays.stream(kept)
                .map(a -> a instanceof LocalText t ? t.resolve() : a).toArray());
    }

    /** The engine's sentence in the UI's language: its key and arguments, the arguments that are sentences too. */
    static LocalText of(EngineText text) {
        return of(text.key(), text.args().stream().map(a -> a instanceof EngineText e ? of(e) : a).toArray());
    }

    /** Text that is the same in every language (the engine's own English message, a path). */
    static LocalText literal(String text) {
        return () -> text;
    }

    /** This text, then {@code next}: separated by a space in English, run on in Chinese (its full stop is wide). */
    default LocalText then(LocalText next) {
        return () -> resolve() + ("zh".equals(I18n.locale().getLanguage()) ? "" : " ") + next.resolve();
    }
}
