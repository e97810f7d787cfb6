package org.vaeexplorer.ui.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.BundledDataset;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.data.DatasetSource;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.ui.common.BackgroundExecutor;
import org.vaeexplorer.ui.common.FailureLog;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.Messages;
import org.vaeexplorer.ui.common.StatusModel;

/** The dataset section of the Train page: which dataset, its loading state, a summary and a preview grid. */
public final class DatasetViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetViewModel.class);
    /** Preview images per class. */
    static final int SAMPLES_PER_CLASS = 4;

    private final BackgroundExecutor executor;
    private final DatasetCache cache;
    private final StatusModel status;
    private final ObservableList<DatasetChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetChoice> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LabelledSplits> data = new ReadOnlyObjectWrapper<>();
    private final FactorBrowserViewModel factors = new FactorBrowserViewModel(data.getReadOnlyProperty());
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    /** The classes to keep, as typed ("7", "0, 6"); blank = all. */
    private final StringProperty classes = new SimpleStringProperty("");
    private final ObservableList<SampleTile> samples = FXCollections.observableArrayList();
    private BackgroundExecutor.Job pending;

    public DatasetViewModel(BackgroundExecutor executor, DatasetCache cache, StatusModel status) {
        this.executor = executor;
        this.cache = cache;
        this.status = status;
        for (BundledDataset d : BundledDataset.values()) {
            choices.add(DatasetChoice.bundled(d));
        }
        choices.add(DatasetChoice.shapes());
        choices.add(DatasetChoice.sprites(org.vaeexplorer.data.SpriteSpace.SMALL));
        choices.add(DatasetChoice.sprites(org.vaeexplorer.data.SpriteSpace.FULL));
        selected.addListener((obs, old, now) -> {
            if (now != null) {
                load(now);
            }
        });
        classes.addListener((obs, old, now) -> {
            if (selected.get() != null && !kept(old).equals(kept(now))) {
                load(selected.get());
            } else {
                error.set(invalid(now) ? I18n.text("train.dataset.classes.invalid") : "");
            }
        });
    }

    public ObservableList<DatasetChoice> choices() {
        return choices;
    }

    public ObjectProperty<DatasetChoice> selectedProperty() {
        return selected;
    }

    /** The factor browser, for a dataset with known factors (issue 32). */
    public FactorBrowserViewModel factors() {
        return factors;
    }

    public ReadOnlyObjectProperty<LabelledSplits> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty classesProperty() {
        return classes;
    }

    /**
     * What a run records as its data and {@code DatasetLoader} reads: the chosen dataset's key, with the selected
     * classes as {@code :7} or {@code :0,6} (see {@code DatasetSource}).
     */
    public String sourceKey() {
        DatasetChoice choice = selected.get();
        return choice == null ? null : new DatasetSource(choice.key(), kept(classes.get())).text();
    }

    private static boolean invalid(String typed) {
        return DatasetSource.classList(typed).isEmpty();
    }

    /** The classes typed; all (an empty list) for blank text or text that is not class numbers (an error says so). */
    private static List<Integer> kept(String typed) {
        return DatasetSource.classList(typed).orElse(List.of());
    }

    public ObservableList<SampleTile> samples() {
        return samples;
    }

    /** Selects a bundled dataset by id ({@code mnist}, {@code fashion-mnist}) or opens a folder of IDX files. */
    public void select(String idOrPath) {
        choices.stream().filter(c -> c.key().equals(idOrPath)).findFirst()
                .ifPresentOrElse(selected::set, () -> openFolder(Path.of(idOrPath)));
    }

    /** Adds a folder the user opened to the choices and selects it. */
    public void openFolder(Path dir) {
        DatasetChoice choice = DatasetChoice.folder(dir);
        if (!choices.contains(choice)) {
            choices.add(choice);
        }
        selected.set(choice);
    }

    /** Adds a converted picture folder to the choices and selects it (the import dialog's last step). */
    public void openPictures(Path dir, org.vaeexplorer.data.ImageFolderOptions options) {
        DatasetChoice choice = DatasetChoice.pictures(dir, options);
        // Converted anew (its files may have changed since it was last loaded): read again, not from memory.
        cache.forget(choice.key());
        if (!choices.contains(choice)) {
            choices.add(choice);
        }
        if (choice.equals(selected.get())) {
            load(choice);
        } else {
            selected.set(choice);
        }
    }

    /** The executor the page's background work runs on. */
    BackgroundExecutor executor() {
        return executor;
    }

    private void load(DatasetChoice choice) {
        if (pending != null) {
            pending.cancel();
        }
        loading.set(true);
        // Until the new choice has loaded there is no data: Start must not train on the previous one.
        data.set(null);
        String key = sourceKey();
        error.set(invalid(classes.get()) ? I18n.text("train.dataset.classes.invalid") : "");
        status.show(I18n.text("train.dataset.loading", choice.label()));
        pending = executor.submit(I18n.text("train.dataset.loading", choice.label()), progress -> {
            progress.progress(-1, I18n.text("train.dataset.reading", choice.label()));
            LabelledSplits splits = cache.get(key);
            return new Loaded(splits, previewOf(splits.test()));
        }, loaded -> {
            if (!key.equals(sourceKey())) {
                // A load that finished just as another dataset was chosen: cancelling came too late to stop it.
                return;
            }
            loading.set(false);
            data.set(loaded.splits());
            samples.setAll(loaded.preview());
            summary.set(describe(loaded.splits()));
            status.show(I18n.text("train.dataset.loaded", choice.label()));
        }, failure -> {
            if (!key.equals(sourceKey())) {
                return;
            }
            loading.set(false);
            data.set(null);
            samples.clear();
            summary.set("");
            FailureLog.warn(LOG, "could not load dataset " + key, failure);
            String message = I18n.text("train.dataset.failed", choice.label(), Messages.of(failure));
            error.set(message);
            status.show(message);
        });
    }

    /** The summary again, in the UI's language now (after a language switch). */
    public void retranslate() {
        LabelledSplits loaded = data.get();
        if (loaded != null) {
            summary.set(describe(loaded));
        }
    }

    static String describe(LabelledSplits s) {
        return I18n.text("train.dataset.summary", s.name(), s.train().size(), s.test().size(), s.rows(), s.cols(),
                s.train().numClasses());
    }

    /** The first few test images of each class, class by class. */
    static List<SampleTile> previewOf(ImageDataset test) {
        List<SampleTile> tiles = new ArrayList<>();
        int[] taken = new int[test.numClasses()];
        for (int row = 0; row < SAMPLES_PER_CLASS; row++) {
            for (int c = 0; c < test.numClasses(); c++) {
                int index = nthOfClass(test, c, taken[c]);
                if (index >= 0) {
                    taken[c]++;
                    tiles.add(new SampleTile(new GreyImage(test.rows(), test.cols(),
                            test.image(index, PixelScaling.GREY)), test.classNames().get(c)));
                }
            }
        }
        return tiles;
    }

    private static int nthOfClass(ImageDataset d, int c, int n) {
        int seen = 0;
        for (int i = 0; i < d.size(); i++) {
            if (d.label(i) == c && seen++ == n) {
                return i;
            }
        }
        return -1;
    }

    private record Loaded(LabelledSplits splits, List<SampleTile> preview) {
    }
}
