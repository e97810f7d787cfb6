package org.vaeexplorer.ui.train;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.vaeexplorer.ui.common.I18n;

/** The run's buttons, the delay between batches, the run folder and exports, and how the run is doing. */
public final class RunControlsView {
    private final TrainViewModel viewModel;
    private final Consumer<String> showDocument;
    @FXML private StackPane startWrapper;
    @FXML private StackPane openRunFolderWrapper;
    @FXML private Button startButton;
    @FXML private Button pauseButton;
    @FXML private Button resumeButton;
    @FXML private Button stepButton;
    @FXML private Button cancelButton;
    @FXML private Button resumeFromButton;
    @FXML private Button openRunFolder;
    @FXML private Slider delay;
    @FXML private Label delayLabel;
    @FXML private Label runMessage;
    @FXML private Label runError;

    /** @param showDocument opens a folder on the desktop (the application's host services) */
    public RunControlsView(TrainViewModel viewModel, Consumer<String> showDocument) {
        this.viewModel = viewModel;
        this.showDocument = showDocument;
    }

    @FXML
    private void initialize() {
        TrainingRunViewModel run = viewModel.run();
        startButton.disableProperty().bind(run.canStart().not().or(viewModel.form().errorsProperty().isNotEmpty())
                .or(viewModel.dataset().dataProperty().isNull()));
        Tooltip startTip = new Tooltip();
        startTip.textProperty().bind(viewModel.startHint());
        // Disabled buttons receive no mouse events, so their tooltips (why they are disabled) sit on wrappers.
        Tooltip.install(startWrapper, startTip);
        Tooltip.install(openRunFolderWrapper, new Tooltip(I18n.text("train.openRunFolder.tooltip")));
        pauseButton.disableProperty().bind(run.canPause().not());
        resumeButton.disableProperty().bind(run.canResume().not());
        stepButton.disableProperty().bind(run.canStep().not());
        cancelButton.disableProperty().bind(run.canCancel().not());
        resumeFromButton.disableProperty().bind(run.canStart().not());
        openRunFolder.disableProperty().bind(run.runFolderProperty().isNull());
        // Right = a longer pause after each batch; the label says "delay" so the direction reads right.
        // Both ways: a rebuilt view (language switch) starts from the run's delay, and a lesson moves the slider.
        delay.valueProperty().bindBidirectional(run.delayMillisProperty());
        delayLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.text("train.delay.value", Math.round(delay.getValue())), delay.valueProperty()));
        runMessage.textProperty().bind(run.messageProperty());
        runError.textProperty().bind(run.errorProperty());
        Labels.showWhenText(runError);
    }

    @FXML
    private void start() {
        viewModel.start();
    }

    @FXML
    private void pause() {
        viewModel.run().pause();
    }

    @FXML
    private void resume() {
        viewModel.run().resume();
    }

    @FXML
    private void step() {
        viewModel.run().step();
    }

    @FXML
    private void cancel() {
        viewModel.run().cancel();
    }

    @FXML
    private void resumeFromCheckpoint() {
        viewModel.resumeFromChosenCheckpoint();
    }

    @FXML
    private void openRunFolder() {
        var folder = viewModel.run().runFolderProperty().get();
        if (folder != null) {
            showDocument.accept(folder.toUri().toString());
        }
    }

    @FXML
    private void exportCsv() {
        viewModel.exportHistory();
    }

    @FXML
    private void exportGrid() {
        viewModel.exportGrid();
    }

    @FXML
    private void exportAnimation() {
        viewModel.exportAnimation();
    }

    @FXML
    private void exportCheckpoint() {
        viewModel.exportCheckpointForExploring();
    }
}
