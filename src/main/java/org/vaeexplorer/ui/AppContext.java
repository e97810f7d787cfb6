package org.vaeexplorer.ui;

import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.ui.explore.ExploreView;
import org.vaeexplorer.ui.explore.ExploreViewModel;
import org.vaeexplorer.ui.models.ModelsView;
import org.vaeexplorer.ui.models.ModelsViewModel;
import org.vaeexplorer.ui.train.DatasetViewModel;
import org.vaeexplorer.ui.train.TrainView;
import org.vaeexplorer.ui.train.TrainViewModel;

/** Wires one window's services and view models together, and builds views for the FXML loader. */
public final class AppContext implements AutoCloseable {
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();
    private final StatusModel status = new StatusModel();
    private final MainWindowViewModel mainWindow = new MainWindowViewModel(status);
    private final TrainViewModel train;
    private final ExploreViewModel explore = new ExploreViewModel();
    private final ModelsViewModel models = new ModelsViewModel();

    public AppContext() {
        DatasetCache datasets = new DatasetCache();
        train = new TrainViewModel(new DatasetViewModel(executor, datasets, status));
    }

    public MainWindowViewModel mainWindow() {
        return mainWindow;
    }

    public FxBackgroundExecutor executor() {
        return executor;
    }

    public TrainViewModel train() {
        return train;
    }

    /** True when no background job of this window is running. */
    public boolean isIdle() {
        return executor.runningProperty().get() == 0;
    }

    /** Controller factory for FXML: each view gets its view model. */
    public Object createView(Class<?> type) {
        if (type == MainWindowView.class) {
            return new MainWindowView(mainWindow, executor);
        } else if (type == TrainView.class) {
            return new TrainView(train);
        } else if (type == ExploreView.class) {
            return new ExploreView(explore);
        } else if (type == ModelsView.class) {
            return new ModelsView(models);
        }
        throw new IllegalArgumentException("no view of type " + type.getName());
    }

    @Override
    public void close() {
        executor.close();
    }
}
