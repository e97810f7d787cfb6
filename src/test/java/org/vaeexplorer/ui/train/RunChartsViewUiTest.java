package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.ui.common.FixedDialogService;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

/** The charts' drain timeline runs only while a run is active and the panel is in a window. */
@ExtendWith(ApplicationExtension.class)
class RunChartsViewUiTest {
    @TempDir
    static Path runs;
    private final TrainingRunViewModelTest.HeldRunner runner = new TrainingRunViewModelTest.HeldRunner();
    private TrainViewModel viewModel;
    private RunChartsView view;
    private StackPane holder;

    @Start
    void start(Stage stage) throws Exception {
        StatusModel status = new StatusModel();
        DatasetCache cache = new DatasetCache();
        viewModel = new TrainViewModel(new DatasetViewModel(new InlineExecutor(), cache, status),
                new TrainFormViewModel(), new TrainingRunViewModel(runner, new InlineExecutor(), cache, status, runs),
                new FixedDialogService());
        FXMLLoader loader = new FXMLLoader(RunChartsView.class.getResource("RunCharts.fxml"), I18n.bundle());
        loader.setControllerFactory(type -> view = new RunChartsView(viewModel));
        Parent charts = loader.load();
        holder = new StackPane(charts);
        stage.setScene(new Scene(holder, 800, 600));
        stage.show();
    }

    @Test
    void theDrainStopsWhenTheRunEndsOrThePanelGoesAway(FxRobot robot) {
        assertFalse(view.isDraining(), "no run, no drain");
        robot.interact(() -> viewModel.run().start(request()));
        assertTrue(view.isDraining(), "a running run is drained");
        robot.interact(() -> runner.done.accept(new TrainingOutcome(TrainingOutcome.Status.COMPLETED, "done", 0)));
        assertFalse(view.isDraining(), "a finished run is not drained forever");

        robot.interact(() -> viewModel.run().start(request()));
        assertTrue(view.isDraining());
        robot.interact(() -> holder.getChildren().clear());
        assertFalse(view.isDraining(), "a panel out of the window stops draining");
        robot.interact(() -> runner.done.accept(new TrainingOutcome(TrainingOutcome.Status.CANCELLED, "stop", 0)));
    }

    private static RunRequest request() {
        TrainFormViewModel form = new TrainFormViewModel();
        form.trainLimitProperty().set("128");
        return form.request(TrainingFixtures.mnist(), "mnist").orElseThrow();
    }
}
