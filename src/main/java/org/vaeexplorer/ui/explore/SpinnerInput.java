package org.vaeexplorer.ui.explore;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an editable spinner total: text that is not a value ("abc", "1.5" for a whole number, nothing) is replaced by
 * the last valid value instead of throwing {@code NumberFormatException} on the FX thread and keeping the bad text.
 */
final class SpinnerInput {
    private static final Logger LOG = LoggerFactory.getLogger(SpinnerInput.class);

    private SpinnerInput() {
    }

    /** Call after the spinner's value factory is set (a new factory needs a new call). */
    static <T> void revertBadText(Spinner<T> spinner) {
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        StringConverter<T> parse = factory.getConverter();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return parse.toString(value);
            }

            @Override
            public T fromString(String text) {
                T last = factory.getValue();
                try {
                    T value = parse.fromString(text == null ? null : text.trim());
                    if (value != null) {
                        return value;
                    }
                } catch (RuntimeException e) {
                    LOG.debug("'{}' is not a value for {}; keeping {}", text, spinner.getId(), last, e);
                }
                // The spinner only rewrites its text when the value changes: put the last value back by hand.
                spinner.getEditor().setText(parse.toString(last));
                return last;
            }
        });
    }
}
