package org.vaeexplorer.ui.train;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.vaeexplorer.model.CapacitySchedule;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSetting;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ObjectiveType;
import org.vaeexplorer.model.TemperatureSchedule;
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
    private final ObjectProperty<Likelihood> likelihood = new SimpleObjectProperty<>(Likelihood.BERNOULLI);
    private final StringProperty latent = new SimpleStringProperty();
    private final StringProperty hidden = new SimpleStringProperty();
    private final StringProperty discrete = new SimpleStringProperty();
    private final StringProperty beta = new SimpleStringProperty();
    private final StringProperty capacity = new SimpleStringProperty();
    private final StringProperty capacityIterations = new SimpleStringProperty();
    private final StringProperty gamma = new SimpleStringProperty();
    private final StringProperty temperature = new SimpleStringProperty();
    private final StringProperty temperatureMin = new SimpleStringProperty();
    private final StringProperty annealRate = new SimpleStringProperty();
    private final StringProperty learningRate = new SimpleStringProperty("0.001");
    private final StringProperty batchSize = new SimpleStringProperty("128");
    private final StringProperty epochs = new SimpleStringProperty("10");
    private final StringProperty seed = new SimpleStringProperty("1");
    private final StringProperty trainLimit = new SimpleStringProperty("0");
    private final BooleanProperty binarize = new SimpleBooleanProperty(false);
    private final StringProperty errors = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StructuredOutputFields structured = new StructuredOutputFields();
    private final NetworkFields network = new NetworkFields();
    private boolean filling;
    private int rows = 28;
    private int cols = 28;
    private int classes = 10;

    public TrainFormViewModel() {
        kind.addListener((o, was, now) -> applyDefaults(now));
        applyDefaults(kind.get());
        for (StringProperty p : List.of(latent, hidden, discrete, beta, capacity, capacityIterations, gamma,
                temperature, temperatureMin, annealRate, learningRate, batchSize, epochs, seed, trainLimit,
                structured.givenQuadrantsProperty(), structured.gsnnWeightProperty(), network.sigmaProperty())) {
            p.addListener((o, was, now) -> revalidate());
        }
        network.backboneProperty().addListener((o, was, now) -> revalidate());
        network.klEstimatorProperty().addListener((o, was, now) -> revalidate());
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
        rows = imageRows;
        cols = imageCols;
        classes = numClasses;
        applyDefaults(kind.get());
    }

    private void fillDefaults(ModelKind k) {
        ModelSpec d;
        try {
            d = k.defaultSpec(rows, cols, classes);
        } catch (IllegalArgumentException e) {
            // The kind cannot model this dataset (e.g. conv on 30x30): fill the usual defaults; validation says why.
            LOG.info("{} defaults do not fit {}x{} images with {} classes ({}); showing the 28x28 defaults", k, rows,
                    cols, classes, e.getMessage());
            d = k.defaultSpec(28, 28, 10);
        }
        likelihood.set(d.likelihood());
        latent.set(Integer.toString(d.latentDim()));
        hidden.set(d.backbone() != Backbone.MLP ? "" : join(d.hidden()));
        discrete.set(join(d.categories()));
        beta.set(d.objective().type() == ObjectiveType.BETA ? fmt(d.objective().beta()) : "1");
        CapacitySchedule c = d.objective().continuous();
        capacity.set(c == null ? "" : fmt(c.max()));
        capacityIterations.set(c == null ? "" : Long.toString(c.iterations()));
        gamma.set(c == null ? "" : fmt(c.gamma()));
        TemperatureSchedule t = d.temperature();
        temperature.set(t == null ? "" : fmt(t.start()));
        temperatureMin.set(t == null ? "" : fmt(t.min()));
        annealRate.set(t == null ? "" : fmt(t.annealRate()));
        structured.fill();
        network.fill(d);
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
        return FormCheck.validate(this, network, structured, imageRows, imageCols, numClasses);
    }

    /** A run for {@code data}, or empty with {@link #errorsProperty()} explaining why not. */
    public Optional<RunRequest> request(LabelledSplits data, String source) {
        Validation v = validate(data.rows(), data.cols(), data.train().numClasses());
        show(v);
        return v.problems().isEmpty() ? Optional.of(new RunRequest(v.spec(), data, source, v.settings()))
                : Optional.empty();
    }

    /** True while the chosen kind reads {@code setting} (the form enables that field only then). */
    public javafx.beans.binding.BooleanBinding applies(ModelSetting setting) {
        return Bindings.createBooleanBinding(() -> setting.appliesTo(kind.get())
                && (setting != ModelSetting.HIDDEN || network.readsHidden()), kind, network.backboneProperty());
    }

    public ObjectProperty<ModelKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Likelihood> likelihoodProperty() {
        return likelihood;
    }

    public StringProperty latentProperty() {
        return latent;
    }

    public StringProperty hiddenProperty() {
        return hidden;
    }

    public StringProperty discreteProperty() {
        return discrete;
    }

    public StringProperty betaProperty() {
        return beta;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public StringProperty capacityIterationsProperty() {
        return capacityIterations;
    }

    public StringProperty gammaProperty() {
        return gamma;
    }

    public StringProperty temperatureProperty() {
        return temperature;
    }

    public StringProperty temperatureMinProperty() {
        return temperatureMin;
    }

    public StringProperty annealRateProperty() {
        return annealRate;
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
        return network.backboneProperty();
    }

    public ObjectProperty<KlEstimator> klEstimatorProperty() {
        return network.klEstimatorProperty();
    }

    public StringProperty sigmaProperty() {
        return network.sigmaProperty();
    }

    /** The structured-output CVAE's fields (given quadrants, GSNN weight). */
    public StringProperty[] structuredProperties() {
        return new StringProperty[] {structured.givenQuadrantsProperty(), structured.gsnnWeightProperty()};
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

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
