package org.vaeexplorer.ui.common;

import org.vaeexplorer.data.DatasetRefusedException;
import org.vaeexplorer.model.EngineText;

/** Text for the user about a failure. */
public final class Messages {
    private Messages() {
    }

    /** The exception's message, or its class and message when it has none (a bare NullPointerException, say). */
    public static String of(Throwable t) {
        if (t instanceof DatasetRefusedException refused) {
            // The data layer's refusals carry their key, as the engine's do: said in the UI's language.
            return I18n.text(refused.key(), refused.args().toArray());
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /**
     * The failure in the UI's language where the engine said it by key ({@link EngineText.Carrier}), else its
     * message as {@link #of} gives it.
     */
    public static LocalText text(Throwable t) {
        if (t instanceof DatasetRefusedException refused) {
            return LocalText.of(refused.key(), refused.args().toArray());
        }
        return t instanceof EngineText.Carrier c ? LocalText.of(c.text()) : LocalText.literal(of(t));
    }
}
