package org.vaeexplorer.ui.train;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.settings.ModelSetting;
import org.vaeexplorer.training.TrainingSettings;

/**
 * The model and training form. Fields are text so a person can type freely; {@link #validate} explains every
 * invalid value, and Start stays disabled until there is none. Choosing a kind fills in its paper's defaults.
 * The image shape and class count are the loaded dataset's ({@link #setImageShape}), 28x28 with 10 classes before
 * one is loaded.
 */
public final class TrainFormViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TrainFormViewModel.class);
    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(ModelKind.first());
    private final StringProperty learningRate = new SimpleStringProperty("0.001");
    private final StringProperty batchSize = new SimpleStringProperty("128");
    private final StringProperty epochs = new SimpleStringProperty("10");
    private final StringProperty seed = new SimpleStringProperty("1");
    private final StringProperty trainLimit = new SimpleStringProperty("0");
    private final BooleanProperty binarize = new SimpleBooleanProperty(false);
    private final StringProperty errors = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    /** Every declared model setting's value ({@link ModelSetting}): the form's rows are made from these. */
    private final SettingFields settings = new SettingFields();
    private boolean filling;
    private int rows = 28;
    private int cols = 28;
    private int classes = 10;
    private int channels = 1;

    public TrainFormViewModel() {
        kind.addListener((o, was, now) -> applyDefaults(now));
        applyDefaults(kind.get());
        for (StringProperty p : List.of(learningRate, batchSize, epochs, seed, trainLimit)) {
            p.addListener((o, was, now) -> revalidate());
        }
        for (javafx.beans.Observable p : settings.all()) {
            p.addListener(o -> revalidate());
        }
        revalidate();
    }

    /** The defaults of the kind's paper or seed implementation (see {@link ModelKind#defaultSpec}). */
    public void applyDefaults(ModelKind k) {
        filling = true;
        try {
            fillDefaults(k);
        } finally {
            filling = false;
        }
        revalidate();
    }

    /** The loaded dataset's image shape and class count, which the defaults and the checks follow. */
    public void setImageShape(int imageRows, int imageCols, int numClasses) {
        setImageShape(imageRows, imageCols, 1, numClasses);
    }

    /** As {@link #setImageShape(int, int, int)}, for images of {@code imageChannels} channels (3: colour). */
    public void setImageShape(int imageRows, int imageCols, int imageChannels, int numClasses) {
        rows = imageRows;
        cols = imageCols;
        channels = imageChannels;
        classes = numClasses;
        applyDefaults(kind.get());
    }

    private void fillDefaults(ModelKind k) {
        ModelSpec d;
        try {
            d = k.defaultSpec(rows, cols, channels, classes);
        } catch (IllegalArgumentException e) {
            // The kind cannot model this dataset (e.g. conv on 30x30): fill the usual defaults; validation says why.
            LOG.info("{} defaults do not fit {}x{} images with {} classes ({}); showing the 28x28 defaults", k, rows,
                    cols, classes, e.getMessage());
            d = k.defaultSpec(28, 28, 10);
        }
        settings.fill(d);
        learningRate.set(java.math.BigDecimal.valueOf(TrainingSettings.defaultLearningRate(k)).toPlainString());
        batchSize.set(Integer.toString(TrainingSettings.defaultBatchSize(k)));
    }

    /** Re-checks every field; the explanations go to {@link #errorsProperty()}. */
    public void revalidate() {
        if (filling) {
            return;
        }
        show(validate(rows, cols, classes));
    }

    private void show(Validation v) {
        fieldErrors.keySet().retainAll(v.fields().keySet());
        fieldErrors.putAll(v.fields());
        errors.set(String.join("\n", v.problems()));
    }

    /**
     * What the form's values come to: every problem in words, the problems of single fields by field key (the
     * bundle's {@code train.form.field.KEY}), and the model and settings when there is none.
     */
    public record Validation(List<String> problems, Map<String, String> fields, ModelSpec spec,
                             TrainingSettings settings) {
    }

    /** Checks the form against images of {@code rows x cols} with {@code classes} classes; never throws. */
    public Validation validate(int imageRows, int imageCols, int numClasses) {
        return validate(imageRows, imageCols, channels, numClasses);
    }

    /** Checks the form against images of {@code rows x cols x channels} with {@code classes} classes. */
    public Validation validate(int imageRows, int imageCols, int imageChannels, int numClasses) {
        return FormCheck.validate(this, settings, imageRows, imageCols, imageChannels, numClasses);
    }

    /** A run for {@code data}, or empty with {@link #errorsProperty()} explaining why not. */
    public Optional<RunRequest> request(LabelledSplits data, String source) {
        Validation v = validate(data.rows(), data.cols(), data.channels(), data.train().numClasses());
        show(v);
        return v.problems().isEmpty() ? Optional.of(new RunRequest(v.spec(), data, source, v.settings()))
                : Optional.empty();
    }

    /**
     * The settings the chosen kind reads with the chosen network ({@link ModelSetting#readBy}): the form shows a
     * row for each of these and reads only these.
     */
    public Set<ModelSetting> shownSettings() {
        return ModelSetting.readBy(kind.get(), backboneProperty().get());
    }

    /** True while {@code setting} is one of {@link #shownSettings()} (its row is shown only then). */
    public javafx.beans.binding.BooleanBinding applies(ModelSetting setting) {
        return Bindings.createBooleanBinding(() -> shownSettings().contains(setting), kind, backboneProperty());
    }

    /** The text of a number or list setting, e.g. {@link ModelSetting#CAPACITY}. */
    public StringProperty text(ModelSetting setting) {
        return settings.text(setting);
    }

    /** The constant chosen for a choice setting, e.g. {@link ModelSetting#BACKBONE}; {@code E} its enum. */
    public <E extends Enum<E>> ObjectProperty<E> choice(ModelSetting setting) {
        return settings.choice(setting);
    }

    public ObjectProperty<ModelKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Likelihood> likelihoodProperty() {
        return choice(ModelSetting.LIKELIHOOD);
    }

    public StringProperty latentProperty() {
        return text(ModelSetting.LATENT);
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    public StringProperty epochsProperty() {
        return epochs;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty trainLimitProperty() {
        return trainLimit;
    }

    public BooleanProperty binarizeProperty() {
        return binarize;
    }

    public ObjectProperty<Backbone> backboneProperty() {
        return choice(ModelSetting.BACKBONE);
    }

    public StringProperty errorsProperty() {
        return errors;
    }

    /** The problems no single field is to blame for (the model's size, the data), one a line. */
    public StringBinding otherErrors() {
        return Bindings.createStringBinding(() -> String.join("\n", java.util.Arrays.stream(
                String.valueOf(errors.get()).split("\n"))
                .filter(line -> !line.isEmpty() && !"null".equals(line) && !fieldErrors.containsValue(line)).toList()),
                errors, fieldErrors);
    }

    /** The problem of each field that has one, by field key ({@code latent}, {@code epochs}...), for the form. */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }
}
