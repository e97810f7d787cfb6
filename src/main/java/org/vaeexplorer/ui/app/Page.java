package org.vaeexplorer.ui.app;

import java.util.Locale;
import java.util.Optional;

/** The pages of the main window, in tab order. */
public enum Page {
    TRAIN("Train"), EXPLORE("Explore"), MODELS("Models");

    private final String title;

    Page(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static Optional<Page> parse(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
