package org.vaeexplorer.ui.train;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The controllers of the Train page's FXML files (the page and its panels), each made with the view model it binds
 * to, registered by class for the app's controller factory as {@code ExploreControllers} registers Explore's: a new
 * panel is one more entry here.
 */
public final class TrainControllers {
    private TrainControllers() {
    }

    /** {@code showDocument} opens a file or link in the desktop's own application (a run's folder, say). */
    public static Map<Class<?>, Supplier<Object>> of(TrainViewModel train, Consumer<String> showDocument) {
        return Map.of(
                TrainView.class, () -> new TrainView(train),
                DatasetPanelView.class, () -> new DatasetPanelView(train),
                TrainFormView.class, () -> new TrainFormView(train),
                RunControlsView.class, () -> new RunControlsView(train, showDocument),
                RunChartsView.class, () -> new RunChartsView(train),
                DatasetSamplesView.class, () -> new DatasetSamplesView(train));
    }
}
