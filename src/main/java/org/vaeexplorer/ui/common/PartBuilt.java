package org.vaeexplorer.ui.common;

import javafx.event.Event;
import javafx.event.EventType;

/**
 * Fired by a page that builds a part of itself on first use (the Explore page's views), up to the window: what the
 * window applies to every page (presentation mode's folded controls) must reach the new part too.
 */
public final class PartBuilt {
    public static final EventType<Event> EVENT = new EventType<>(Event.ANY, "VAE_EXPLORER_PART_BUILT");

    private PartBuilt() {
    }
}
