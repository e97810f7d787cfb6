package org.vaeexplorer.model;

/**
 * A rule of a model's or a run's settings broken: its English is the message (what the command line prints), its
 * key what the window says.
 */
public final class SpecException extends IllegalArgumentException implements EngineText.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient EngineText text;

    public SpecException(EngineText text) {
        super(text.english());
        this.text = text;
    }

    public static SpecException of(String key, String english, Object... args) {
        return new SpecException(EngineText.of(key, english, args));
    }

    @Override
    public EngineText text() {
        return text;
    }
}
