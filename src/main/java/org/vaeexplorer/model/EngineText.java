package org.vaeexplorer.model;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence of the engine kept as a bundle key and its arguments, with its English: the window says it in its own
 * language from the key (arguments that are themselves {@code EngineText} are said there too), the command line
 * prints the English. The engine knows no bundle; the UI's messages hold every key.
 */
public record EngineText(String key, List<Object> args, String english) {
    public EngineText {
        args = List.copyOf(args);
    }

    public static EngineText of(String key, String english, Object... args) {
        return new EngineText(key, Arrays.asList(args), english);
    }

    /** An exception that says its message as an engine sentence too, for the window to translate. */
    public interface Carrier {
        EngineText text();
    }

    @Override
    public String toString() {
        return english;
    }
}
