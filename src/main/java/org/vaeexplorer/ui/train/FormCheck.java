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
import org.vaeexplorer.ui.train.TrainFormViewModel.Validation;

/** Reads the Train form's values into a model and settings, or into the problems that prevent them. */
final class FormCheck {
    private FormCheck() {
    }

    /** {@link TrainFormViewModel#validate}: never throws. */
    static Validation validate(TrainFormViewModel f, StructuredOutputFields structured, int imageRows,
                               int imageCols, int numClasses) {
        FieldParser p = new FieldParser();
        ModelKind k = f.kindProperty().get();
        ModelSpecBuilder b = ModelSpecBuilder.of(k).images(imageRows, imageCols, numClasses)
                .likelihood(f.likelihoodProperty().get());
        b.latent(p.integer("latent", f.latentProperty().get(), b.reads(ModelSetting.DISCRETE) ? 0 : 1,
                512));
        if (b.reads(ModelSetting.HIDDEN)) {
            b.hidden(p.integers("hidden", f.hiddenProperty().get(), 1, 8192));
        }
        if (b.reads(ModelSetting.DISCRETE)) {
            b.categories(p.integers("discrete", f.discreteProperty().get(), 2, 1000));
        }
        structured.apply(p, b);
        double lr = p.decimal("learningRate", f.learningRateProperty().get(), 1e-6, 1);
        int batch = p.integer("batchSize", f.batchSizeProperty().get(), 1, 4096);
        int ep = p.integer("epochs", f.epochsProperty().get(), 1, 10_000);
        long sd = p.integer("seed", f.seedProperty().get(), 0, Integer.MAX_VALUE);
        int limit = p.integer("trainLimit", f.trainLimitProperty().get(), 0, Integer.MAX_VALUE);
        double betaValue = b.reads(ModelSetting.BETA) ? p.decimal("beta", f.betaProperty().get(), 1e-6, 1e4) : 1;
        String capacityText = f.capacityProperty().get();
        // A capacity is the objective of a kind that reads no beta, and the alternative to beta of one that does.
        boolean capacityGiven = b.reads(ModelSetting.CAPACITY)
                && (!b.reads(ModelSetting.BETA) || capacityText != null && !capacityText.isBlank());
        double cMax = capacityGiven ? p.decimal("capacity", capacityText, 0, 1e4) : 0;
        int iters = capacityGiven ? p.integer("capacityIterations", f.capacityIterationsProperty().get(), 1,
                Integer.MAX_VALUE) : 1;
        double g = capacityGiven ? p.decimal("gamma", f.gammaProperty().get(), 1e-6, 1e6) : 1;
        double t0 = 1;
        double tMin = 1;
        double rate = 0;
        if (b.reads(ModelSetting.TEMPERATURE)) {
            t0 = p.decimal("temperature", f.temperatureProperty().get(), 1e-3, 100);
            tMin = p.decimal("temperatureMin", f.temperatureMinProperty().get(), 1e-3, 100);
            rate = p.decimal("annealRate", f.annealRateProperty().get(), 0, 1);
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
                b.objective(capacityGiven ? new ObjectiveChoice(null, cMax, (long) iters, g)
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
            return new Validation(List.of(I18n.text(e.text().key(), e.text().args().toArray())), Map.of(), null,
                    null);
        } catch (IllegalArgumentException e) {
            return new Validation(List.of(capitalise(e.getMessage())), Map.of(), null, null);
        }
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? I18n.text("train.form.invalid")
                : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
