package org.vaeexplorer.model;

/** A spec rule broken: its English is the message (what the command line prints), its key what the window says. */
public final class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient EngineText text;

    public SpecException(EngineText text) {
        super(text.english());
        this.text = text;
    }

    public static SpecException of(String key, String english, Object... args) {
        return new SpecException(EngineText.of(key, english, args));
    }

    public EngineText text() {
        return text;
    }
}
