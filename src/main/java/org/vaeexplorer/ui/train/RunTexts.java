package org.vaeexplorer.ui.train;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vaeexplorer.ui.common.LocalText;

/**
 * The run's message and error line under Run, kept as texts rather than words so that a language switch says
 * them again (issue 27.11: after zh -> en they stayed Chinese). The error line can also be set as a plain string
 * by whoever holds its property; such a string is left as it is.
 */
final class RunTexts {
    final StringProperty message = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    private LocalText messageText = LocalText.EMPTY;
    private LocalText errorText = LocalText.EMPTY;
    private String errorShown = "";

    void say(LocalText text) {
        messageText = text;
        message.set(text.resolve());
    }

    void showError(LocalText text) {
        errorText = text;
        errorShown = text.resolve();
        error.set(errorShown);
    }

    /** A problem, on both lines. */
    void report(LocalText problem) {
        showError(problem);
        say(problem);
    }

    /** Both again in the UI's language; the error only while it is still the one shown by {@link #showError}. */
    void retranslate() {
        message.set(messageText.resolve());
        if (errorShown.equals(error.get())) {
            showError(errorText);
        }
    }
}
