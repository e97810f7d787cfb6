package org.vaeexplorer.ui.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.ImageFolderImport;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.explore.GreyPng;
import org.vaeexplorer.run.samples.SampleGrids;
import org.vaeexplorer.training.MetricsCsv;
import org.vaeexplorer.ui.common.DialogService.FileFilter;
import org.vaeexplorer.ui.common.DialogService;
import org.vaeexplorer.ui.common.FailureLog;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.LocalText;
import org.vaeexplorer.ui.common.Messages;

/**
 * The Train page: the dataset, the model and training form, and the run; and the page's file work (opening a
 * dataset folder, resuming from a checkpoint, exports), asked through the injected {@link DialogService}.
 */
public final class TrainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TrainViewModel.class);

    /** The page's two views: the run's charts, or the dataset's preview. */
    public enum Panel { TRAINING, DATASET }

    private final DatasetViewModel dataset;
    private final TrainFormViewModel form;
    private final TrainingRunViewModel run;
    private final DialogService dialogs;
    private final ObjectProperty<Panel> panel = new SimpleObjectProperty<>(Panel.TRAINING);
    private final StringBinding startHint;
    private final ImageImportViewModel imports;

    public TrainViewModel(DatasetViewModel dataset, TrainFormViewModel form, TrainingRunViewModel run,
                          DialogService dialogs) {
        this(dataset, form, run, dialogs, ImageFolderImport.inUserCache());
    }

    /** @param pictures where picture folders are converted to (tests give a temporary folder) */
    TrainViewModel(DatasetViewModel dataset, TrainFormViewModel form, TrainingRunViewModel run,
                   DialogService dialogs, ImageFolderImport pictures) {
        this.dataset = dataset;
        this.imports = new ImageImportViewModel(dataset.executor(), dialogs, pictures, dataset::openPictures);
        this.form = form;
        this.run = run;
        this.dialogs = dialogs;
        startHint = Bindings.createStringBinding(this::describeStart, run.canStart(), form.errorsProperty(),
                dataset.dataProperty());
        // The form checks what it can build (a conv net needs sides divisible by 4, a CVAE's one-hot width) against
        // the data that will be trained on, as soon as that data is there.
        dataset.dataProperty().addListener((o, was, data) -> {
            if (data != null) {
                form.setImageShape(data.rows(), data.cols(), data.channels(), data.train().numClasses());
            }
        });
    }

    /** The import dialog of a folder of pictures. */
    public ImageImportViewModel imports() {
        return imports;
    }

    public DatasetViewModel dataset() {
        return dataset;
    }

    public TrainFormViewModel form() {
        return form;
    }

    public TrainingRunViewModel run() {
        return run;
    }

    /** Which view the page shows; a run that starts brings its charts forward. */
    public ObjectProperty<Panel> panelProperty() {
        return panel;
    }

    /** What Start would do, or why it cannot (a disabled button's tooltip says why). */
    public StringBinding startHint() {
        return startHint;
    }

    private String describeStart() {
        if (!run.canStart().get()) {
            return I18n.text("train.start.busy");
        }
        if (dataset.dataProperty().get() == null) {
            return I18n.text("train.start.noDataset");
        }
        String errors = form.errorsProperty().get();
        return errors == null || errors.isEmpty() ? I18n.text("train.start.ready")
                : I18n.text("train.start.formErrors", errors);
    }

    /** Starts a run as soon as the selected dataset has loaded (used by the command-line demo start). */
    public void startWhenDataLoaded() {
        if (dataset.dataProperty().get() != null) {
            start();
            return;
        }
        dataset.dataProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends LabelledSplits> o, LabelledSplits was, LabelledSplits now) {
                if (now != null) {
                    o.removeListener(this);
                    start();
                }
            }
        });
    }

    /** Starts a run on the loaded dataset if the form is valid; otherwise the form says why not. */
    public boolean start() {
        if (dataset.dataProperty().get() == null) {
            form.errorsProperty().set(I18n.text("train.error.noDataset"));
            return false;
        }
        Optional<RunRequest> request = form.request(dataset.dataProperty().get(), dataset.sourceKey());
        return showTrainingIf(request.isPresent() && run.start(request.get()));
    }

    /**
     * Space on the Train page: pauses the run that is training, resumes the paused one, or starts one when none is
     * going (only when Start could be pressed: the form is valid; otherwise its errors say why, as Start's do).
     */
    public void startPauseOrResume() {
        if (!pauseOrResume() && run.canStart().get()) {
            start();
        }
    }

    /** Space while following a run from Explore: pauses or resumes it, never starts one; whether it did either. */
    public boolean pauseOrResume() {
        if (run.canPause().get()) {
            run.pause();
            return true;
        } else if (run.canResume().get()) {
            run.resume();
            return true;
        }
        return false;
    }

    /**
     * Continues a saved run; when it had already finished, it trains as many more epochs as the form's Epochs
     * field says, so that field must hold a whole number (the run's error line says so otherwise).
     */
    public boolean resumeFrom(Path checkpoint) {
        String text = form.epochsProperty().get();
        int extra;
        try {
            extra = Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            extra = 0;
        }
        if (extra < 1) {
            LOG.warn("not resuming {}: Epochs is '{}'", checkpoint, text);
            run.showError(LocalText.of("train.error.epochs", text));
            return false;
        }
        return showTrainingIf(run.resumeFrom(checkpoint, extra));
    }

    /** Asks for a checkpoint, starting in the run's folder (or the runs folder), and resumes it. */
    public boolean resumeFromChosenCheckpoint() {
        Path folder = run.runFolderProperty().get() != null ? run.runFolderProperty().get() : run.runsRoot();
        return dialogs.openFile(I18n.text("train.resumeFrom.title"),
                FileFilter.of(I18n.text("common.checkpointFile"), "*.vaex"), folder).map(this::resumeFrom)
                .orElse(false);
    }

    /** Asks for a folder of IDX files and adds it to the dataset choices. */
    public void openDatasetFolder() {
        dialogs.chooseFolder(I18n.text("train.dataset.open.title"), null).ifPresent(dataset::openFolder);
    }

    /** Asks for a folder of pictures and opens the import dialog on it. */
    public void openImageFolder() {
        dialogs.chooseFolder(I18n.text("train.import.open.title"), null).ifPresent(imports::start);
    }

    /** Writes the per-epoch history where the person chooses; a failure goes to the run's error line. */
    public void exportHistory() {
        dialogs.saveFile(I18n.text("train.export.csv.title"), "loss-history.csv",
                FileFilter.of(I18n.text("common.csvFile"), "*.csv")).ifPresent(file -> {
                    try {
                        MetricsCsv.write(run.history(), file);
                    } catch (IOException e) {
                        couldNotWrite(file, e);
                    }
                });
    }

    /** Writes the latest sample grid as PNG, or says there is none yet. */
    public void exportGrid() {
        SampleGrids.Grids g = run.gridsProperty().get();
        if (g == null) {
            run.showError(LocalText.of("train.export.noGrid"));
            return;
        }
        dialogs.saveFile(I18n.text("train.export.grid.title"), "samples.png",
                FileFilter.of(I18n.text("common.pngImage"), "*.png")).ifPresent(file -> {
                    try {
                        GreyPng.write(GreyPng.grid(g.composite(), 1, g.compositeRows(), g.compositeCols(),
                                g.channels(), 1, 4), file);
                    } catch (IOException e) {
                        couldNotWrite(file, e);
                    }
                });
    }

    /** Writes the training animation as GIF (the run reports its own failures). */
    public void exportAnimation() {
        dialogs.saveFile(I18n.text("train.export.gif.title"), "training.gif",
                FileFilter.of(I18n.text("common.gifAnimation"), "*.gif")).ifPresent(file -> run.exports().animation(run.frames(), file));
    }

    /** Asks for a checkpoint (the run's folder first) and where to write it without the optimiser's state. */
    public void exportCheckpointForExploring() {
        Path folder = run.runFolderProperty().get();
        FileFilter checkpoints = FileFilter.of(I18n.text("common.checkpointFile"), "*.vaex");
        dialogs.openFile(I18n.text("train.export.checkpoint.pick"), checkpoints, folder).ifPresent(from ->
                dialogs.saveFile(I18n.text("train.export.checkpoint.title"), explorable(from), checkpoints)
                        .filter(to -> mayWriteOver(from, to))
                        .ifPresent(to -> run.exports().forExploring(from, to)));
    }

    /**
     * Never over the checkpoint being exported (it would lose the state that lets it continue training); over
     * another existing file only when the person says so.
     */
    private boolean mayWriteOver(Path from, Path to) {
        try {
            if (Files.exists(to) && Files.isSameFile(from, to)) {
                run.showError(LocalText.of("train.export.checkpoint.sameFile", from.getFileName()));
                return false;
            }
        } catch (IOException e) {
            LOG.debug("comparing {} with {}", from, to, e);
        }
        return !Files.exists(to) || dialogs.confirm(I18n.text("train.export.checkpoint.replace.title"),
                I18n.text("train.export.checkpoint.replace.question", to.getFileName()),
                I18n.text("train.export.checkpoint.replace.yes"), I18n.text("train.export.checkpoint.replace.no"));
    }

    private static String explorable(Path checkpoint) {
        String name = checkpoint.getFileName().toString();
        return (name.endsWith(".vaex") ? name.substring(0, name.length() - 5) : name) + "-explore.vaex";
    }

    private void couldNotWrite(Path file, IOException e) {
        FailureLog.warn(LOG, "could not write " + file, e);
        run.showError(LocalText.of("common.couldNotWrite", file, Messages.of(e)));
    }

    private boolean showTrainingIf(boolean started) {
        if (started) {
            panel.set(Panel.TRAINING);
        }
        return started;
    }
}
