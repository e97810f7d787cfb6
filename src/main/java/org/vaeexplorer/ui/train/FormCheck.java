package org.vaeexplorer.ui.train;

import java.util.List;
import java.util.Map;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSetting;
import org.vaeexplorer.model.ModelSize;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.SpecException;
import org.vaeexplorer.model.TemperatureSchedule;
import org.vaeexplorer.model.family.ObjectiveChoice;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.LocalText;
import org.vaeexplorer.ui.train.TrainFormViewModel.Validation;

/** Reads the Train form's values into a model and settings, or into the problems that prevent them. */
final class FormCheck {
    private FormCheck() {
    }

    /** {@link TrainFormViewModel#validate}: never throws. */
    static Validation validate(TrainFormViewModel f, NetworkFields network, StructuredOutputFields structured,
                               int imageRows,
                               int imageCols, int numClasses) {
        FieldParser p = new FieldParser();
        ModelKind k = f.kindProperty().get();
        ModelSpecBuilder b = ModelSpecBuilder.of(k).images(imageRows, imageCols, numClasses)
                .likelihood(f.likelihoodProperty().get());
        network.apply(p, b);
        // Each field's range is its setting's declaration (ModelSetting), the one the command line reads too.
        b.latent(p.integer(ModelSetting.LATENT.key(), f.latentProperty().get(),
                b.reads(ModelSetting.DISCRETE) ? 0 : (long) ModelSetting.LATENT.min(),
                (long) ModelSetting.LATENT.max()));
        if (b.reads(ModelSetting.HIDDEN) && network.readsHidden()) {
            b.hidden(p.integers(ModelSetting.HIDDEN, f.hiddenProperty().get()));
        }
        if (b.reads(ModelSetting.DISCRETE)) {
            b.categories(p.integers(ModelSetting.DISCRETE, f.discreteProperty().get()));
        }
        structured.apply(p, b);
        double lr = p.decimal("learningRate", f.learningRateProperty().get(), 1e-6, 1);
        int batch = p.integer("batchSize", f.batchSizeProperty().get(), 1, 4096);
        int ep = p.integer("epochs", f.epochsProperty().get(), 1, 10_000);
        long sd = p.integer("seed", f.seedProperty().get(), 0, Integer.MAX_VALUE);
        int limit = p.integer("trainLimit", f.trainLimitProperty().get(), 0, Integer.MAX_VALUE);
        double betaValue = b.reads(ModelSetting.BETA) ? p.decimal(ModelSetting.BETA, f.betaProperty().get()) : 1;
        String capacityText = f.capacityProperty().get();
        // A capacity is the objective of a kind that reads no beta, and the alternative to beta of one that does.
        boolean capacityGiven = b.reads(ModelSetting.CAPACITY)
                && (!b.reads(ModelSetting.BETA) || !blank(capacityText));
        double cMax = capacityGiven ? p.decimal(ModelSetting.CAPACITY, capacityText) : 0;
        // A blank iterations or gamma field is not given: the family's default fills it, as on the command line.
        String itersText = f.capacityIterationsProperty().get();
        String gammaText = f.gammaProperty().get();
        Long iters = capacityGiven && !blank(itersText)
                ? (long) p.integer(ModelSetting.CAPACITY_ITERATIONS, itersText) : null;
        Double g = capacityGiven && !blank(gammaText) ? p.decimal(ModelSetting.GAMMA, gammaText) : null;
        double t0 = 1;
        double tMin = 1;
        double rate = 0;
        if (b.reads(ModelSetting.TEMPERATURE)) {
            t0 = p.decimal(ModelSetting.TEMPERATURE, f.temperatureProperty().get());
            tMin = p.decimal(ModelSetting.TEMPERATURE_MIN, f.temperatureMinProperty().get());
            rate = p.decimal(ModelSetting.ANNEAL_RATE, f.annealRateProperty().get());
            if (tMin > t0) {
                p.add("temperatureMin", I18n.text("train.form.temperatureFloor"));
            }
        }
        if (!p.ok()) {
            return new Validation(p.problems(), p.fieldProblems(), null, null);
        }
        try {
            // Engine objects are made only from values the parser accepted; their own rules still speak in words.
            if (b.reads(ModelSetting.BETA) || b.reads(ModelSetting.CAPACITY)) {
                b.objective(capacityGiven ? new ObjectiveChoice(null, cMax, iters, g)
                        : new ObjectiveChoice(betaValue, null, null, null));
            }
            if (b.reads(ModelSetting.TEMPERATURE)) {
                b.temperature(new TemperatureSchedule(t0, tMin, rate));
            }
            ModelSpec spec = b.build();
            TrainingSettings settings = new TrainingSettings(ep, batch, lr, sd,
                    f.binarizeProperty().get() ? PixelScaling.BINARIZED : PixelScaling.GREY, limit, 0);
            p.checkSize(ModelSize.of(spec, batch));
            return p.ok() ? new Validation(List.of(), Map.of(), spec, settings)
                    : new Validation(p.problems(), p.fieldProblems(), null, null);
        } catch (SpecException e) {
            // The rule in the window's language, from its key; the command line prints the same rule in English.
            return new Validation(List.of(LocalText.of(e.text()).resolve()), Map.of(), null, null);
        } catch (IllegalArgumentException e) {
            return new Validation(List.of(capitalise(e.getMessage())), Map.of(), null, null);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? I18n.text("train.form.invalid")
                : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
