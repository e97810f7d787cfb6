package org.vaeexplorer.model;

/**
 * A request the engine refuses in the state things are in (a checkpoint saved for exploring asked to train on):
 * its English is the message (what the command line prints), its key what the window says.
 */
public final class EngineStateException extends IllegalStateException implements EngineText.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient EngineText text;

    public EngineStateException(EngineText text) {
        super(text.english());
        this.text = text;
    }

    @Override
    public EngineText text() {
        return text;
    }
}
