package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.CapacitySchedule;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.ObjectiveType;
import org.vaeexplorer.model.TemperatureSchedule;
import org.vaeexplorer.training.TrainingSettings;

/**
 * The model and training form. Fields are text so a person can type freely; {@link #validate} explains every
 * invalid value, and Start stays disabled until there is none. Choosing a kind fills in its paper's defaults.
 */
public final class TrainFormViewModel {
    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(ModelKind.VAE);
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
    private boolean filling;

    public TrainFormViewModel() {
        kind.addListener((o, was, now) -> applyDefaults(now));
        applyDefaults(kind.get());
        for (StringProperty p : List.of(latent, hidden, discrete, beta, capacity, capacityIterations, gamma,
                temperature, temperatureMin, annealRate, learningRate, batchSize, epochs, seed, trainLimit)) {
            p.addListener((o, was, now) -> revalidate());
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

    private void fillDefaults(ModelKind k) {
        ModelSpec d = k.defaultSpec(28, 28, 10);
        likelihood.set(d.likelihood());
        latent.set(Integer.toString(d.latentDim()));
        hidden.set(d.backbone() == Backbone.CONV ? "" : join(d.hidden()));
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
        learningRate.set(k == ModelKind.JOINT_VAE ? "0.0005" : "0.001");
        batchSize.set(k == ModelKind.JOINT_VAE ? "64" : "128");
    }

    /** Re-checks every field; the explanations go to {@link #errorsProperty()}. */
    public void revalidate() {
        if (filling) {
            return;
        }
        errors.set(String.join("\n", validate(28, 28, 10).problems()));
    }

    public record Validation(List<String> problems, ModelSpec spec, TrainingSettings settings) {
    }

    /** Checks the form against images of {@code rows x cols} with {@code classes} classes. */
    public Validation validate(int rows, int cols, int classes) {
        Parser p = new Parser();
        ModelKind k = kind.get();
        int lat = p.integer("Latent size", latent.get(), k == ModelKind.JOINT_VAE ? 0 : 1, 512);
        List<Integer> widths = k == ModelKind.CONV_VAE ? List.of() : p.integers("Hidden sizes", hidden.get(), 1, 8192);
        List<Integer> cats = k == ModelKind.JOINT_VAE ? p.integers("Discrete latents", discrete.get(), 2, 1000)
                : List.of();
        double lr = p.decimal("Learning rate", learningRate.get(), 1e-6, 1);
        int batch = p.integer("Batch size", batchSize.get(), 1, 4096);
        int ep = p.integer("Epochs", epochs.get(), 1, 10_000);
        long sd = p.integer("Seed", seed.get(), 0, Integer.MAX_VALUE);
        int limit = p.integer("Training images", trainLimit.get(), 0, Integer.MAX_VALUE);
        Objective objective = Objective.elbo();
        TemperatureSchedule temp = null;
        if (k == ModelKind.BETA_VAE) {
            double b = p.decimal("Beta", beta.get(), 1e-6, 1e4);
            if (!capacity.get().isBlank()) {
                double cMax = p.decimal("Capacity", capacity.get(), 0, 1e4);
                int iters = p.integer("Capacity iterations", capacityIterations.get(), 1, Integer.MAX_VALUE);
                double g = p.decimal("Gamma", gamma.get(), 1e-6, 1e6);
                if (p.problems.isEmpty()) {
                    objective = Objective.capacity(new CapacitySchedule(0, cMax, iters, g));
                }
            } else {
                objective = Objective.beta(b);
            }
        }
        if (k == ModelKind.JOINT_VAE) {
            double cMax = p.decimal("Capacity", capacity.get(), 0, 1e4);
            int iters = p.integer("Capacity iterations", capacityIterations.get(), 1, Integer.MAX_VALUE);
            double g = p.decimal("Gamma", gamma.get(), 1e-6, 1e6);
            if (p.problems.isEmpty()) {
                CapacitySchedule c = new CapacitySchedule(0, cMax, iters, g);
                objective = Objective.jointCapacity(c, c);
            }
            double t0 = p.decimal("Temperature", temperature.get(), 1e-3, 100);
            double tMin = p.decimal("Lowest temperature", temperatureMin.get(), 1e-3, 100);
            double rate = p.decimal("Annealing rate", annealRate.get(), 0, 1);
            if (tMin > t0) {
                p.problems.add("Lowest temperature must not exceed the start temperature");
            } else if (p.problems.isEmpty()) {
                temp = new TemperatureSchedule(t0, tMin, rate);
            }
        }
        if (!p.problems.isEmpty()) {
            return new Validation(p.problems, null, null);
        }
        try {
            ModelSpec d = k.defaultSpec(rows, cols, classes);
            ModelSpec spec = new ModelSpec(k, d.backbone(), widths, lat, cats, likelihood.get(), d.gaussianSigma(),
                    d.klEstimator(), d.conditional(), classes, rows, cols, objective, temp);
            TrainingSettings settings = new TrainingSettings(ep, batch, lr, sd,
                    binarize.get() ? PixelScaling.BINARIZED : PixelScaling.GREY, limit, 0);
            return new Validation(List.of(), spec, settings);
        } catch (IllegalArgumentException e) {
            return new Validation(List.of(capitalise(e.getMessage())), null, null);
        }
    }

    /** A run for {@code data}, or empty with {@link #errorsProperty()} explaining why not. */
    public Optional<RunRequest> request(LabelledSplits data, String source) {
        Validation v = validate(data.rows(), data.cols(), data.train().numClasses());
        errors.set(String.join("\n", v.problems()));
        return v.problems().isEmpty() ? Optional.of(new RunRequest(v.spec(), data, source, v.settings()))
                : Optional.empty();
    }

    /** True while the chosen kind reads {@code setting} (the form enables that field only then). */
    public javafx.beans.binding.BooleanBinding applies(org.vaeexplorer.model.ModelSetting setting) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> setting.appliesTo(kind.get()), kind);
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

    public StringProperty errorsProperty() {
        return errors;
    }

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "Invalid settings" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Collects a message per invalid field instead of stopping at the first. */
    private static final class Parser {
        final List<String> problems = new ArrayList<>();

        int integer(String name, String text, long min, long max) {
            try {
                long v = Long.parseLong(text == null ? "" : text.trim());
                if (v < min || v > max) {
                    problems.add(name + " must be between " + min + " and " + max);
                }
                return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
            } catch (NumberFormatException e) {
                problems.add(name + " must be a whole number");
                return 0;
            }
        }

        double decimal(String name, String text, double min, double max) {
            try {
                double v = Double.parseDouble(text == null ? "" : text.trim());
                if (!(v >= min && v <= max)) {
                    problems.add(name + " must be between " + min + " and " + max);
                }
                return v;
            } catch (NumberFormatException e) {
                problems.add(name + " must be a number");
                return Double.NaN;
            }
        }

        List<Integer> integers(String name, String text, int min, int max) {
            List<Integer> out = new ArrayList<>();
            if (text == null || text.isBlank()) {
                problems.add(name + " needs at least one value, e.g. 512 or 512,256");
                return out;
            }
            for (String part : text.split(",")) {
                int before = problems.size();
                int v = integer(name, part, min, max);
                if (problems.size() == before) {
                    out.add(v);
                }
            }
            return out;
        }
    }
}
