package org.vaeexplorer.ui.train;

import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.FolderSurvey;
import org.vaeexplorer.data.ImageFolderImport;
import org.vaeexplorer.data.ImageFolderOptions;
import org.vaeexplorer.data.ImageFolderOptions.Fit;
import org.vaeexplorer.data.ImageFolderPreview;
import org.vaeexplorer.data.ImportListener;
import org.vaeexplorer.data.ImportedFolder;
import org.vaeexplorer.ui.common.BackgroundExecutor;
import org.vaeexplorer.ui.common.DialogService;
import org.vaeexplorer.ui.common.FailureLog;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.Messages;

/**
 * The import dialog of a folder of pictures (issue 31): the folder's headers are surveyed for the defaults (the side
 * nearest the median, colour when any picture has colour), the person chooses side, grey or colour, crop or pad and
 * the split, a preview shows a few pictures of each class converted as the model will see them, and the conversion
 * runs off the FX thread with a bar, a count and Cancel. Files left out are listed with their reasons through the
 * {@link DialogService}; a folder with nothing usable is refused saying what was found.
 */
public final class ImageImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImageImportViewModel.class);
    /** Preview pictures in all: shared among the classes, at least 2 and at most 8 each. */
    static final int PREVIEW_TILES = 24;

    /** Where the dialog is: reading headers, waiting for the person's choices, converting, or refusing the folder. */
    public enum Phase { CLOSED, SURVEYING, CHOOSING, CONVERTING, REFUSED }

    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final ImageFolderImport importer;
    private final BiConsumer<Path, ImageFolderOptions> imported;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.CLOSED);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> side = new SimpleObjectProperty<>(ImageFolderOptions.SIDES.get(0));
    private final BooleanProperty colour = new SimpleBooleanProperty(false);
    private final ObjectProperty<Fit> fit = new SimpleObjectProperty<>(Fit.CROP);
    private final IntegerProperty testPercent = new SimpleIntegerProperty(ImageFolderOptions.DEFAULTS.testPercent());
    private final IntegerProperty seed = new SimpleIntegerProperty((int) ImageFolderOptions.DEFAULTS.seed());
    private final StringProperty found = new SimpleStringProperty("");
    private final StringProperty unlabelled = new SimpleStringProperty("");
    private final StringProperty refusal = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObservableList<SampleTile> preview = FXCollections.observableArrayList();
    private FolderSurvey survey;
    private BackgroundExecutor.Job job;
    private BackgroundExecutor.Job previewJob;
    /** Read by the importing thread between files; set by Cancel. */
    private volatile boolean cancelRequested;

    /**
     * @param importer where converted sets are cached
     * @param imported told, on the FX thread, the folder and the options it was converted with once it is
     */
    public ImageImportViewModel(BackgroundExecutor executor, DialogService dialogs, ImageFolderImport importer,
                                BiConsumer<Path, ImageFolderOptions> imported) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.importer = importer;
        this.imported = imported;
        side.addListener((o, was, now) -> refreshPreview());
        colour.addListener((o, was, now) -> refreshPreview());
        fit.addListener((o, was, now) -> refreshPreview());
    }

    /** Opens the dialog on {@code dir} and reads its pictures' headers for the defaults. */
    public void start(Path dir) {
        cancelJobs();
        folder.set(dir);
        survey = null;
        preview.clear();
        found.set("");
        unlabelled.set("");
        refusal.set("");
        phase.set(Phase.SURVEYING);
        job = run(I18n.text("train.import.surveying", dir.getFileName()),
                listener -> importer.survey(dir, ImageFolderOptions.DEFAULTS, listener), this::surveyed);
    }

    private void surveyed(FolderSurvey s) {
        survey = s;
        found.set(I18n.text(s.labelled() ? "train.import.found" : "train.import.foundFlat", s.files(),
                s.classNames().size(), String.join(", ", s.classNames().subList(0, Math.min(6,
                        s.classNames().size()))), s.medianSide(), s.anyColour() ? 1 : 0, s.skipped().size()));
        unlabelled.set(s.labelled() ? "" : I18n.text("train.import.unlabelled"));
        ImageFolderOptions o = s.options();
        fit.set(o.fit());
        testPercent.set(o.testPercent());
        seed.set((int) o.seed());
        colour.set(o.channels() == 3);
        side.set(o.side());
        phase.set(Phase.CHOOSING);
        refreshPreview();
    }

    /** The options as chosen now. */
    public ImageFolderOptions options() {
        return new ImageFolderOptions(side.get(), colour.get() ? 3 : 1, fit.get(),
                Math.max(1, Math.min(50, testPercent.get())), seed.get());
    }

    private void refreshPreview() {
        if (phase.get() != Phase.CHOOSING || survey == null) {
            return;
        }
        if (previewJob != null) {
            previewJob.cancel();
        }
        Path dir = folder.get();
        ImageFolderOptions o = options();
        int perClass = Math.max(2, Math.min(8, PREVIEW_TILES / survey.classNames().size()));
        previewJob = executor.submit(I18n.text("train.import.previewing"), p -> ImportPreview.tiles(
                ImageFolderPreview.of(dir, o, perClass)), tiles -> {
                    if (o.equals(options()) && dir.equals(folder.get())) {
                        preview.setAll(tiles);
                    }
                }, failure -> {
                    FailureLog.warn(LOG, "no preview of " + dir, failure);
                    preview.clear();
                });
    }

    /** Converts the folder with the options chosen; the dataset is opened once it is done. */
    public void importNow() {
        if (phase.get() != Phase.CHOOSING) {
            return;
        }
        cancelJobs();
        Path dir = folder.get();
        ImageFolderOptions o = options();
        phase.set(Phase.CONVERTING);
        job = run(I18n.text("train.import.converting", dir.getFileName()), listener -> importer.open(dir, o,
                listener), done -> converted(dir, o, done));
    }

    private void converted(Path dir, ImageFolderOptions o, ImportedFolder done) {
        phase.set(Phase.CLOSED);
        String summary = I18n.text(ImportedFolder.SUMMARY_KEY, done.images(), done.skipped().size());
        LOG.info("{}: {} ({})", dir, done.summary(), o.text());
        // The dataset first: it loads (from the cache) while the person reads the list.
        imported.accept(dir, o);
        if (!done.skipped().isEmpty()) {
            dialogs.inform(I18n.text("train.import.skipped.title", dir.getFileName()), summary,
                    ImportPreview.skippedLines(done.skipped()));
        }
    }

    /** Stops the survey or conversion under way; a stopped conversion goes back to the choices. */
    public void cancel() {
        Phase was = phase.get();
        cancelJobs();
        if (was == Phase.CONVERTING) {
            phase.set(Phase.CHOOSING);
            refreshPreview();
        } else {
            phase.set(Phase.CLOSED);
        }
    }

    /** Closes the dialog, stopping whatever it is doing. */
    public void close() {
        cancelJobs();
        phase.set(Phase.CLOSED);
    }

    private void cancelJobs() {
        cancelRequested = true;
        for (BackgroundExecutor.Job j : new BackgroundExecutor.Job[] {job, previewJob}) {
            if (j != null) {
                j.cancel();
            }
        }
        job = null;
        previewJob = null;
        progress.set(-1);
        progressText.set("");
    }

    /** Submits importing work whose listener reports to the bar and hears Cancel; a refusal ends the dialog. */
    private <T> BackgroundExecutor.Job run(String title, ImportWork<T> work, java.util.function.Consumer<T> done) {
        cancelRequested = false;
        Phase running = phase.get();
        return executor.submit(title, p -> work.run(ImportPreview.listener(p, () -> cancelRequested)),
                (fraction, text) -> {
            if (phase.get() == running) {
                progress.set(fraction);
                progressText.set(text);
            }
        }, result -> {
            if (phase.get() == running) {
                progress.set(-1);
                done.accept(result);
            }
        }, failure -> {
            if (phase.get() != running || failure instanceof InterruptedIOException) {
                return; // cancelled: Cancel has already put the dialog where it goes
            }
            FailureLog.warn(LOG, "could not import " + folder.get(), failure);
            refusal.set(Messages.of(failure));
            phase.set(Phase.REFUSED);
        });
    }

    @FunctionalInterface
    private interface ImportWork<T> {
        T run(ImportListener listener) throws Exception;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObjectProperty<Integer> sideProperty() {
        return side;
    }

    public BooleanProperty colourProperty() {
        return colour;
    }

    public ObjectProperty<Fit> fitProperty() {
        return fit;
    }

    public IntegerProperty testPercentProperty() {
        return testPercent;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    /** What the survey found: files, classes, median side, colour, unreadable headers. */
    public StringProperty foundProperty() {
        return found;
    }

    /** For a flat folder: why the label picker, class colours and cluster accuracy will be off; else empty. */
    public StringProperty unlabelledProperty() {
        return unlabelled;
    }

    /** Why the folder was refused (what was found in it). */
    public StringProperty refusalProperty() {
        return refusal;
    }

    /** The fraction done, -1 while nothing runs. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** The count, e.g. "Converting 1,204 of 10,000 pictures". */
    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** A few pictures of each class as the model will see them. */
    public ObservableList<SampleTile> preview() {
        return preview;
    }
}
