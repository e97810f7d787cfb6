package org.vaeexplorer.data;

import java.util.Arrays;
import java.util.List;

/**
 * A dataset refused with a sentence the window can say in its own language: a bundle key (in
 * {@code ui/common/messages*.properties}) and its arguments, with the English as the message the command line prints.
 * The data layer may not know the model package's {@code EngineText}, so the key travels here in the same shape
 * (key, arguments, English) for the UI to translate.
 */
public final class DatasetRefusedException extends IdxFormatException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;

    public DatasetRefusedException(String key, String english, Object... args) {
        super(english);
        this.key = key;
        this.args = List.copyOf(Arrays.asList(args));
    }

    /** The bundle key of the sentence. */
    public String key() {
        return key;
    }

    /** The sentence's arguments, in the order its placeholders number them. */
    public List<Object> args() {
        return args;
    }
}
