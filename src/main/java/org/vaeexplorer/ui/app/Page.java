package org.vaeexplorer.ui.app;

import java.util.Locale;
import java.util.Optional;
import org.vaeexplorer.ui.common.I18n;

/** The pages of the main window, in tab order. */
public enum Page {
    TRAIN("train/TrainView.fxml"), EXPLORE("explore/ExploreView.fxml"), MODELS("models/ModelsView.fxml");

    private final String fxml;

    Page(String fxml) {
        this.fxml = fxml;
    }

    /** The page's FXML, as a resource name. */
    String fxml() {
        return "/org/vaeexplorer/ui/" + fxml;
    }

    /** The tab's title, from the bundle ({@code app.page.train}...). */
    public String title() {
        return I18n.text("app.page." + name().toLowerCase(Locale.ROOT));
    }

    public static Optional<Page> parse(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            // Not a page: the caller reports it (a start option's usage message).
            return Optional.empty();
        }
    }
}
